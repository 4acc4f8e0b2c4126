package jp.mamori.nomination.form;

/**
 * Every code a nomination upload can answer with (exact strings of the API contract).
 * {@link #DEADLINE_PASSED} and {@link #FILE_TOO_LARGE} are decided by the caller before the file is read.
 */
public enum FormErrorCode {
    NOT_A_WORKBOOK,
    SHEET_NOT_FOUND,
    HEADER_NOT_FOUND,
    MISSING_COLUMN,
    MISSING_VALUE,
    INVALID_VALUE,
    DUPLICATE_RANK,
    DUPLICATE_HOSPITAL,
    UNKNOWN_HOSPITAL,
    WRONG_PREFECTURE,
    CONTACTS_LT_2,
    INVALID_EMAIL,
    INVALID_PHONE,
    SELECTED_HOSPITAL_REMOVED,
    DEADLINE_PASSED,
    FILE_TOO_LARGE,
    /** Warning: the name differs from the registry's. */
    NAME_MISMATCH,
    /** Warning: the bed count differs from the registry's. */
    BEDS_MISMATCH;

    public String code() {
        return name();
    }

    public boolean isWarning() {
        return this == NAME_MISMATCH || this == BEDS_MISMATCH;
    }
}
