package jp.mamori.inventory.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.mamori.shared.JapaneseFont;

/**
 * Text widths in the embedded font, so boxes fit their labels in the PNG exactly and in an SVG viewer that
 * has the font; Japanese has no spaces, so lines break between any two characters (at a space when there is one).
 */
final class TextMeasure {

    static final String ELLIPSIS = "…";
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
    private static final Map<Float, Font> FONTS = new ConcurrentHashMap<>();

    private TextMeasure() {
    }

    static Font font(double size) {
        return FONTS.computeIfAbsent((float) size, JapaneseFont::regular);
    }

    static double width(String text, double size) {
        return text.isEmpty() ? 0 : font(size).getStringBounds(text, CONTEXT).getWidth();
    }

    /** One line of display text: control characters and runs of white space become one space. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean blank = Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x3000
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE;
            if (blank) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** The text broken into at most {@code maxLines} lines no wider than {@code maxWidth}; a cut ends in "…". */
    static List<String> wrap(String text, double size, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = clean(text);
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int end = fit(rest, size, maxWidth);
            if (end < rest.length()) {
                int space = rest.lastIndexOf(' ', end);
                if (space > 0 && isLatin(rest, end)) {
                    end = space;
                }
            }
            if (lines.size() == maxLines - 1 && end < rest.length()) {
                lines.add(withEllipsis(rest, size, maxWidth));
                return lines;
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    // How many chars of text fit (at least one code point, so a very narrow box still makes progress).
    private static int fit(String text, double size, double maxWidth) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean isLatin(String text, int at) {
        return at > 0 && at < text.length() && text.charAt(at - 1) < 0x3000 && text.charAt(at) < 0x3000
                && text.charAt(at) != ' ';
    }

    private static String withEllipsis(String text, double size, double maxWidth) {
        int end = fit(text, size, maxWidth - width(ELLIPSIS, size));
        return text.substring(0, end).strip() + ELLIPSIS;
    }
}
