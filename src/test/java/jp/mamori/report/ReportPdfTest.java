package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderer without the app: the font, the page numbers, the escaping, and nothing fetched from outside. */
class ReportPdfTest {

    @Test
    void aSampleReportHasJapaneseTextEmbeddedFontsAndPageNumbers() throws IOException {
        byte[] pdf = ReportSamples.pdf(ReportSamples.content(20));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains(ReportSamples.HOSPITAL, "CVE-2018-13379", "外部接続点台帳", "1 / " + doc.getNumberOfPages());
            assertThat(text).as("人 and 入 read as ideographs, not as the radicals sharing their glyphs").contains("法人", "導入する")
                    .doesNotContain("\u2F08").doesNotContain("\u2F0A").contains("オフライン・バックアップ");
            assertThat(ReportFonts.notEmbedded(doc)).isEmpty();
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the diagram, from its data: URI").isEqualTo(1);
        }
    }

    @Test
    void aHundredPointInventoryStillRendersEveryRowInThePdfAndTheExcelVersion() throws IOException {
        int twenty;
        try (PDDocument doc = Loader.loadPDF(ReportSamples.pdf(ReportSamples.content(20)))) {
            twenty = doc.getNumberOfPages();
        }
        ReportContent hundred = ReportSamples.content(100);
        try (PDDocument doc = Loader.loadPDF(ReportSamples.pdf(hundred))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(twenty);
            String text = new PDFTextStripper().getText(doc);
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("接続先(\\d+)").matcher(text);
            while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
            }
            assertThat(seen).containsAll(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(ReportFonts.notEmbedded(doc)).isEmpty();
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(ReportSamples.xlsx(hundred)))) {
            var sheet = wb.getSheet("外部接続点");
            java.util.List<String> counterparts = new java.util.ArrayList<>();
            sheet.forEach(r -> {
                var c = r.getCell(2);
                if (c != null && c.getStringCellValue().matches("接続先\\d+")) {
                    counterparts.add(c.getStringCellValue());
                }
            });
            assertThat(counterparts).hasSize(100).contains("接続先1", "接続先100");
        }
    }

    @Test
    void aRemoteImageIsNeverFetchedAndTypedMarkupIsShownAsText() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = ReportPdf.render("<html><head><link rel=\"stylesheet\" href=\"" + url + "/a.css\"/></head><body><p>画像</p>"
                    + "<img src=\"" + url + "/x.png\"/><img src=\"file:///etc/hostname\"/></body></html>");
            assertThat(pdf).isNotEmpty();
            assertThat(hits.get()).as("requests to the remote server").isZero();
            assertThat(ReportPdf.allowed(url + "/x.png")).isFalse();
            assertThat(ReportPdf.allowed("file:///etc/hostname")).isFalse();
            assertThat(ReportPdf.allowed("data:image/png;base64,AAAA")).isTrue();

            String html = ReportSamples.html(ReportSamples.content(3));
            assertThat(html).doesNotContain("<img src=\"http://127.0.0.1:9").contains("&lt;img src=");
        } finally {
            server.stop(0);
        }
    }
}
