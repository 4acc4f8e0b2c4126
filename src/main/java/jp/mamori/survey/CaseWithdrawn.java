package jp.mamori.survey;

import jp.mamori.shared.HospitalCode;

/** A case was closed because its hospital left the selection; {@code organizationId} is null when nobody held it. */
public record CaseWithdrawn(long caseId, String programId, HospitalCode hospital, String organizationId, String key) {
}
