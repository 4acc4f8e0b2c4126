package jp.mamori.selection.domain;

/**
 * Why a nomination is not eligible (selection.md §1). The declaration order is the order in
 * which reasons are listed on a decision.
 */
public enum ReasonCode {
    NO_CONSENT,
    BEDS_UNDER_20,
    NO_EMR,
    EMR_PLANNED_TOO_LATE,
    ONSITE_AFTER_DEADLINE,
    COMPLETED_PREVIOUS_YEAR,
    BACKUP_ONLY
}
