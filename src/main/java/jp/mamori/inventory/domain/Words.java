package jp.mamori.inventory.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Width, case and punctuation folded away, leaving lower-case words separated by single spaces. */
final class Words {

    private Words() {
    }

    /** NFKC (full-width Latin to ASCII, half-width kana to full) and lower case; punctuation kept for splitting. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFKC);
    }

    /** Letters and digits only, one space between words; apostrophes join ("McAfee's" is one word). */
    static String join(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** Whether {@code longer} holds every word of {@code shorter}, in order and side by side. */
    static boolean containsWords(String longer, String shorter) {
        if (shorter.isEmpty()) {
            return false;
        }
        if (longer.length() < shorter.length()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = longer.indexOf(shorter, from);
            if (at < 0) {
                return false;
            }
            int end = at + shorter.length();
            if ((at == 0 || longer.charAt(at - 1) == ' ') && (end == longer.length() || longer.charAt(end) == ' ')) {
                return true;
            }
            from = at + 1;
        }
    }
}
