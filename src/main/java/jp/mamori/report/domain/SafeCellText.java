package jp.mamori.report.domain;

/**
 * Text a spreadsheet would run or reinterpret when the cell is edited: a leading =, +, -, @ (a formula), tab or
 * carriage return (a DDE payload or a shifted cell). Such text is written as a quote-prefixed text cell, so what a
 * hospital or vendor typed is shown, never executed.
 */
public final class SafeCellText {

    private SafeCellText() {
    }

    public static boolean needsQuote(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
