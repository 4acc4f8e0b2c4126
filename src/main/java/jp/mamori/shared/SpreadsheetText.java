package jp.mamori.shared;

/**
 * Text a spreadsheet would run or reinterpret when the cell is edited: a leading =, +, -, @ (a formula), tab or
 * carriage return (a DDE payload or a shifted cell). Every export that writes what a hospital or vendor typed asks
 * this one rule, so such text is shown (quote-prefixed, or behind an apostrophe in CSV), never executed.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean needsQuote(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
