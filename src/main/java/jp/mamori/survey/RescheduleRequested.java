package jp.mamori.survey;

import java.time.LocalDate;
import java.util.List;

import jp.mamori.shared.HospitalCode;

/** The hospital asked to move a step's date; {@code stepName} as users read it. Published in the request's transaction. */
public record RescheduleRequested(long requestId, long caseId, String programId, HospitalCode hospital, String organizationId,
                                  String stepName, List<LocalDate> preferredDates, String note) {
}
