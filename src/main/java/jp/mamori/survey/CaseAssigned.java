package jp.mamori.survey;

import jp.mamori.shared.HospitalCode;

/**
 * A case was assigned to an organization (first time or moved), published in the assignment's transaction so a
 * listener's writes commit or roll back with it. {@code key} is unique per assignment, for idempotent messages.
 */
public record CaseAssigned(long caseId, String programId, HospitalCode hospital, String organizationId, String leadUsername,
                           String key) {
}
