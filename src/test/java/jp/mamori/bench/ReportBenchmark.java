package jp.mamori.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import jp.mamori.report.ReportContent;
import jp.mamori.report.ReportSamples;
import jp.mamori.shared.JapaneseFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's PDF at 20 and 100 connection points (not a test: figures for bench/README.md). Run with: bench/run report
 *
 * No app and no database: the content is made by hand (ReportSamples: the points, findings of every severity, both
 * checklists, a plan, the diagram drawn once beforehand). Measured: Thymeleaf to XHTML, openhtmltopdf to PDF with the
 * embedded Japanese font, the text map rewrite (SearchableText); beside them the baseline of the same words written
 * straight with PDFBox: every line of the same tables, the same font embedded as a subset, no layout at all (no
 * tables, no wrapping, no diagram). 3 warm-up rounds, median of 7.
 */
public final class ReportBenchmark {

    static final int WARMUP = 3;
    static final int ROUNDS = 7;

    public static void main(String[] args) throws IOException {
        byte[] font;
        try (InputStream in = JapaneseFont.open()) {
            font = in.readAllBytes();
        }
        System.out.println("| points | content incl. diagram PNG | XHTML (Thymeleaf) | layout to PDF | text map | report total | pages | size | baseline: same lines, PDFBox only | baseline pages |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int points : List.of(20, 100)) {
            long[] content = new long[ROUNDS];
            long[] html = new long[ROUNDS];
            long[] layout = new long[ROUNDS];
            long[] fix = new long[ROUNDS];
            long[] total = new long[ROUNDS];
            long[] base = new long[ROUNDS];
            int pages = 0;
            int basePages = 0;
            int size = 0;
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                long t0 = System.nanoTime();
                ReportContent c = ReportSamples.content(points);
                long t1 = System.nanoTime();
                String x = ReportSamples.html(c);
                long t2 = System.nanoTime();
                byte[] raw = ReportSamples.layout(x);
                long t3 = System.nanoTime();
                byte[] pdf = ReportSamples.searchable(raw);
                long t4 = System.nanoTime();
                List<String> lines = ReportSamples.lines(c);
                long t5 = System.nanoTime();
                byte[] plain = plain(lines, font);
                long t6 = System.nanoTime();
                if (i >= WARMUP) {
                    int r = i - WARMUP;
                    content[r] = t1 - t0;
                    html[r] = t2 - t1;
                    layout[r] = t3 - t2;
                    fix[r] = t4 - t3;
                    total[r] = t4 - t1;
                    base[r] = t6 - t5;
                }
                pages = pages(pdf);
                basePages = pages(plain);
                size = pdf.length;
            }
            System.out.printf("| %d | %d ms | %d ms | %d ms | %d ms | %d ms | %d | %,d B | %d ms | %d |%n", points, ms(content), ms(html),
                    ms(layout), ms(fix), ms(total), pages, size, ms(base), basePages);
        }
    }

    /** The baseline: each line at 7 pt, cut at 120 characters, 60 lines a page, the font subset embedded. */
    static byte[] plain(List<String> lines, byte[] font) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPageContentStream s = null;
            int onPage = 60;
            for (String line : lines) {
                for (String part : chunks(line.replace('\n', ' ').replace('\t', ' ').replace('\r', ' '), 120)) {
                    if (onPage == 60) {
                        if (s != null) {
                            s.endText();
                            s.close();
                        }
                        PDPage page = new PDPage(a4);
                        doc.addPage(page);
                        s = new PDPageContentStream(doc, page);
                        s.beginText();
                        s.setFont(f, 7);
                        s.setLeading(9);
                        s.newLineAtOffset(34, a4.getHeight() - 40);
                        onPage = 0;
                    }
                    s.showText(part);
                    s.newLine();
                    onPage++;
                }
            }
            if (s != null) {
                s.endText();
                s.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static List<String> chunks(String s, int n) {
        if (s.isEmpty()) {
            return List.of(" ");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); i += n) {
            out.add(s.substring(i, Math.min(s.length(), i + n)));
        }
        return out;
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    static long ms(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1_000_000;
    }
}
