package jp.mamori.shared;

import java.util.Optional;

/**
 * What any stored text may hold: no control characters (a NUL breaks PostgreSQL, an escape byte is
 * undecoded ISO-2022-JP), no bidi overrides or invisible format characters (they make a name display as
 * something else), and no more characters than its column holds. One rule for every page, API and import.
 */
public final class TextRules {

    private static final int ESC = 0x1B;
    /** An escape byte in decoded text is almost always a file saved as ISO-2022-JP (JIS), which we do not read. */
    private static final String ESC_HINT = "ISO-2022-JP（JIS）で保存されたファイルの可能性があります。"
            + "UTF-8 か Shift_JIS で保存し直してから、もう一度取り込んでください。";

    private TextRules() {
    }

    /** Why this character may not appear in stored text, or null when it may. Line breaks and tabs only where multi-line. */
    public static String forbiddenReason(int codePoint, boolean multiLine) {
        if (multiLine && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return null;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL) {
            return "制御文字";
        }
        if (type == Character.FORMAT) {
            // U+202A–U+202E, U+2066–U+2069 (bidi), U+200B–U+200F (zero width), U+FEFF, U+FFF9–U+FFFB
            return "表示を変える見えない文字（双方向制御・ゼロ幅文字など）";
        }
        if (type == Character.SURROGATE) {
            return "壊れた文字（対になっていないサロゲート）";
        }
        if (type == Character.PRIVATE_USE) {
            return null; // 外字 in older systems: kept as typed
        }
        if (codePoint == 0xFFFD) {
            return "読み取れなかった文字（U+FFFD、文字コードの誤り）";
        }
        return null;
    }

    /** The first forbidden character of a text, as {index (1-based, in characters), reason}, or empty. */
    public static Optional<Violation> firstForbidden(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            String reason = forbiddenReason(cp, multiLine);
            if (reason != null) {
                return Optional.of(new Violation(position, cp, reason));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /**
     * The problem with a field's text, in Japanese, naming the field as the user sees it ({@code label}),
     * or empty when the text is acceptable. Length counts characters (code points), as the column does.
     */
    public static Optional<Problem> check(String field, String label, String text, int maxLength, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Optional.of(Problem.field(field, "TOO_LONG",
                    label + "は" + maxLength + "文字以内で入力してください（現在" + length + "文字）。"));
        }
        return firstForbidden(text, multiLine).map(v -> Problem.field(field, "INVALID_CHARACTER",
                label + "の" + v.position() + "文字目に使えない文字（" + v.reason() + "、" + v.codePointLabel()
                        + "）があります。" + (v.codePoint() == ESC ? ESC_HINT : "削除して入力し直してください。")));
    }

    /** Single-line text: names, codes, addresses. */
    public static Optional<Problem> checkLine(String field, String label, String text, int maxLength) {
        return check(field, label, text, maxLength, false);
    }

    /** Multi-line text: notes, reasons. */
    public static Optional<Problem> checkMultiLine(String field, String label, String text, int maxLength) {
        return check(field, label, text, maxLength, true);
    }

    /** A forbidden character found in a text. */
    public record Violation(int position, int codePoint, String reason) {
        public String codePointLabel() {
            return String.format("U+%04X", codePoint);
        }
    }
}
