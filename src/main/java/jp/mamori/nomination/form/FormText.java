package jp.mamori.nomination.form;

import java.text.Normalizer;

/** Text as the form keeps it: NFKC (full-width digits and letters, full-width spaces) and trimmed. */
public final class FormText {

    private FormText() {
    }

    /** NFKC, line breaks unified, outer whitespace removed; null stays null. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("\r\n", "\n").replace('\r', '\n');
        return s.strip();
    }

    /** NFKC with every whitespace removed: for comparing headers, choices and names. */
    public static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean isBlank(String s) {
        return s == null || normalize(s).isEmpty();
    }

    /** A value quoted in a message: short, on one line. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
