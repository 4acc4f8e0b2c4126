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
