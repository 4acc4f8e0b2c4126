package jp.mamori.report.domain;

import java.text.Normalizer;
import java.util.Map;

/**
 * A Japanese font draws some characters with one glyph: a Kangxi radical (⼈ U+2F08) and its ideograph (人 U+4EBA),
 * the hyphenation point (‧ U+2027) and the katakana middle dot (・ U+30FB). A PDF writer that maps the glyph back to
 * text picks the lowest code point, so the text looks right but "法人" or "オフライン・バックアップ" is not found in it.
 * The report's text is Japanese: the text map names the character a Japanese writer meant.
 */
public final class SharedGlyphText {

    /** Shared glyphs outside the radical blocks, as seen in the shipped Noto Sans JP. */
    private static final Map<Integer, Integer> PREFERRED = Map.of(0x2027, 0x30FB);

    private SharedGlyphText() {
    }

    /** Whether the code point is a radical of the CJK Radicals Supplement or Kangxi Radicals blocks. */
    public static boolean radical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    private static boolean replaced(int codePoint) {
        return radical(codePoint) || PREFERRED.containsKey(codePoint);
    }

    /** The text with each radical replaced by its ideograph (what NFKC makes of it) and ‧ by ・; anything else unchanged. */
    public static String preferred(String text) {
        if (text == null || text.codePoints().noneMatch(SharedGlyphText::replaced)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = Character.toString(cp);
            if (PREFERRED.containsKey(cp)) {
                out.appendCodePoint(PREFERRED.get(cp));
            } else if (radical(cp)) {
                String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
                out.append(n.codePointCount(0, n.length()) == 1 && !radical(n.codePointAt(0)) ? n : s);
            } else {
                out.append(s);
            }
        });
        return out.toString();
    }
}
