package jp.mamori.nomination.form;

/**
 * What one cell holds, read once and independent of POI: a normalized text for every kind,
 * plus the number for numeric cells (formula cells are read through their cached value).
 */
public record CellInput(Kind kind, String text, double number, boolean dateFormatted) {

    public enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR, UNREADABLE }

    static final CellInput BLANK = new CellInput(Kind.BLANK, "", 0, false);
    static final CellInput UNREADABLE = new CellInput(Kind.UNREADABLE, "", 0, false);

    static CellInput text(String raw) {
        String s = FormText.normalize(raw);
        return s == null || s.isEmpty() ? BLANK : new CellInput(Kind.TEXT, s, 0, false);
    }

    static CellInput number(double value, boolean dateFormatted, String asText) {
        return new CellInput(Kind.NUMBER, asText, value, dateFormatted);
    }

    static CellInput bool(boolean value) {
        return new CellInput(Kind.BOOLEAN, value ? "TRUE" : "FALSE", 0, false);
    }

    static CellInput error(String errorText) {
        return new CellInput(Kind.ERROR, errorText == null ? "#ERROR" : errorText, 0, false);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
