package jp.mamori.survey;

import jp.mamori.shared.HospitalCode;

/** A case was opened for a newly selected hospital, in the selection's transaction. */
public record CaseOpened(long caseId, String programId, HospitalCode hospital) {
}
