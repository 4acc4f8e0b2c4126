package jp.mamori.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mamori.report.domain.SharedGlyphText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Rewrites the embedded fonts' text maps (ToUnicode) so that a glyph shared by a radical and an ideograph reads as
 * the character a Japanese writer meant ({@link SharedGlyphText}): the hospital's name must be found by a search for it.
 */
final class SearchableText {

    private static final Pattern SECTION = Pattern.compile("(?s)\\d+\\s+begin(bfchar|bfrange)(.*?)end\\1");
    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");

    private SearchableText() {
    }

    static byte[] fix(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                changed |= fix(page.getResources(), seen);
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fix(PDResources res, Set<COSDictionary> seen) throws IOException {
        if (res == null) {
            return false;
        }
        boolean changed = false;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            if (f instanceof PDType0Font && seen.add(f.getCOSObject())) {
                COSBase map = f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                if (map instanceof COSStream stream) {
                    changed |= rewrite(stream);
                }
            }
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                changed |= fix(form.getResources(), seen);
            }
        }
        return changed;
    }

    /** Reads every mapping (single codes and ranges), unifies the text, writes them back as single codes. */
    static boolean rewrite(COSStream stream) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<Integer, String> codes = parse(cmap);
        boolean any = false;
        for (Map.Entry<Integer, String> e : codes.entrySet()) {
            String u = SharedGlyphText.preferred(e.getValue());
            if (!u.equals(e.getValue())) {
                e.setValue(u);
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(write(codes).getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    static Map<Integer, String> parse(String cmap) {
        Map<Integer, String> out = new TreeMap<>();
        Matcher section = SECTION.matcher(cmap);
        while (section.find()) {
            Matcher hex = HEX.matcher(section.group(2));
            java.util.List<String> tokens = new java.util.ArrayList<>();
            while (hex.find()) {
                tokens.add(hex.group(1));
            }
            if (section.group(1).equals("bfchar")) {
                for (int i = 0; i + 1 < tokens.size(); i += 2) {
                    out.put(Integer.parseInt(tokens.get(i), 16), utf16(tokens.get(i + 1)));
                }
            } else {
                for (int i = 0; i + 2 < tokens.size(); i += 3) {
                    int lo = Integer.parseInt(tokens.get(i), 16);
                    int hi = Integer.parseInt(tokens.get(i + 1), 16);
                    byte[] dst = bytes(tokens.get(i + 2));
                    for (int code = lo; code <= hi; code++) {
                        out.put(code, new String(dst, StandardCharsets.UTF_16BE));
                        dst = dst.clone();
                        dst[dst.length - 1]++;
                    }
                }
            }
        }
        return out;
    }

    static String write(Map<Integer, String> codes) {
        StringBuilder b = new StringBuilder();
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        java.util.List<Map.Entry<Integer, String>> all = new java.util.ArrayList<>(codes.entrySet());
        for (int from = 0; from < all.size(); from += 100) {
            java.util.List<Map.Entry<Integer, String>> block = all.subList(from, Math.min(all.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format("<%04X> <", e.getKey())).append(hex(e.getValue())).append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }

    private static String utf16(String hex) {
        return new String(bytes(hex), StandardCharsets.UTF_16BE);
    }

    private static byte[] bytes(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_16BE)) {
            b.append(String.format("%02X", x & 0xFF));
        }
        return b.toString();
    }
}
