package jp.mamori.inventory.sheet;

/**
 * The codes a sheet upload answers with. Whole-file codes are the nomination form's; TOO_LONG and
 * INVALID_CHARACTER come from {@link jp.mamori.shared.TextRules}. {@link #UNKNOWN_ID} is the caller's check.
 */
public enum SheetErrorCode {
    FILE_TOO_LARGE,
    NOT_A_WORKBOOK,
    SHEET_NOT_FOUND,
    HEADER_NOT_FOUND,
    MISSING_COLUMN,
    MISSING_VALUE,
    INVALID_VALUE,
    DUPLICATE_ID,
    /** An ID that is a number but not one of this case's connection points. */
    UNKNOWN_ID;

    public String code() {
        return name();
    }
}
