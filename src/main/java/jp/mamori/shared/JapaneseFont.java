package jp.mamori.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Japanese font shipped in the jar (Noto Sans JP Regular, SIL OFL 1.1, see {@code fonts/OFL.txt}): the
 * server has no Japanese fonts of its own, and the report must look the same wherever it is made. TrueType
 * outlines (glyf), so Java2D and PDF writers can embed it.
 */
public final class JapaneseFont {

    /** The family name inside the font file; SVG names it so a viewer with the font shows the same glyphs. */
    public static final String FAMILY = "Noto Sans JP";
    public static final String RESOURCE = "/fonts/NotoSansJP-Regular.ttf";

    private JapaneseFont() {
    }

    /** The font at the given size in points (or pixels, where one user-space unit is one pixel). */
    public static Font regular(float size) {
        return Loaded.FONT.deriveFont(size);
    }

    /** The font file itself, for writers that embed it (PDF); the caller closes the stream. */
    public static InputStream open() {
        InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("フォント " + RESOURCE + " が jar にありません");
        }
        return in;
    }

    // Loaded once, on first use: the file is 5 MB.
    private static final class Loaded {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("フォント " + RESOURCE + " を読めません", e);
            }
        }
    }
}
