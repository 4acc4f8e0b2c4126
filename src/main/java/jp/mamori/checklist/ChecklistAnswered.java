package jp.mamori.checklist;

import jp.mamori.checklist.domain.Respondent;

/**
 * Answers of a respondent other than the hospital (the contractor's survey, the prefecture's inspection) were stored,
 * in the answer's transaction. The hospital's own answers are {@link HospitalChecklistAnswered}.
 */
public record ChecklistAnswered(String hospitalCode, String edition, Respondent respondent) {
}
