package jp.mamori.survey;

/**
 * What PRESURVEY asks of the checklist module without depending on it: checklist implements this (checklist uses
 * survey, never the other way), and tells survey through {@link CaseAccess#hospitalChecklistAnswered} when the
 * answer may have changed.
 */
public interface HospitalChecklistStatus {

    /** Whether the hospital has answered, completely, its own checklist of the edition in force in this fiscal year. */
    boolean hospitalChecklistComplete(String hospitalCode, int fiscalYear);
}
