package jp.mamori.nomination.form;

/**
 * The caps that keep a hostile or runaway upload from exhausting memory. A legitimate form
 * (5,000 hospitals × 29 columns is far beyond any prefecture) stays well inside every one.
 */
public final class FormLimits {

    /** The largest upload the reader takes; the web layer should answer FILE_TOO_LARGE (413) before reading. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Entries in the .xlsx zip container (POI's own default is the same). */
    public static final int MAX_ZIP_ENTRIES = 1_000;
    /** Uncompressed size of one zip entry (a 5,000-row sheet is about 10 MB). */
    public static final long MAX_ENTRY_BYTES = 40L * 1024 * 1024;
    /** Uncompressed size of the whole container. */
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** Cells (even empty formatted ones) over all sheets, counted before the workbook is loaded. */
    public static final long MAX_CELLS = 300_000;
    /** Data rows (non-blank rows below the header) on the form sheet. */
    public static final int MAX_DATA_ROWS = 5_000;
    /** Columns that may hold values on the form sheet (A to GR). */
    public static final int MAX_COLUMNS = 200;

    /** Hospital name: nomination.hospital_name is VARCHAR(200). */
    public static final int NAME_CHARS = 200;
    /** Reason for the rank and note (TEXT columns): about a page of Japanese, far past any real entry. */
    public static final int FREE_TEXT_CHARS = 2_000;
    /** A contact's department, name, phone and e-mail (kept in JSON): as the user table and RFC 5321 allow. */
    static final int[] CONTACT_CHARS = {100, 100, 40, 254};

    private FormLimits() {
    }
}
