package jp.mamori.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jp.mamori.shared.JapaneseFont;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * XHTML to PDF with the Japanese font embedded (subset, so the text stays extractable and searchable) and nothing
 * fetched from anywhere: the report holds text people typed, and a PDF made on the server must not reach out to a
 * URL someone put in it. Only data: URIs (the diagram) are read.
 */
public final class ReportPdf {

    /** The CSS family the template names. */
    public static final String FAMILY = JapaneseFont.FAMILY;
    private static final String BASE = "mamori-report:/";

    private ReportPdf() {
    }

    /** Whether the renderer may read a resource: only what is inside the document. */
    public static boolean allowed(String uri) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    public static byte[] render(String html) {
        return SearchableText.fix(layout(html));
    }

    /** The renderer's own output, before the text map is put right. */
    static byte[] layout(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, BASE);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(Font.BYTES), FAMILY);
            builder.useExternalResourceAccessControl((uri, type) -> allowed(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> allowed(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUriResolver((base, uri) -> allowed(uri) ? uri : null);
            builder.useProtocolsStreamImplementation(REFUSE, "http", "https", "file", "jar", "ftp", "classpath");
            builder.withW3cDocument(dom, BASE);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Never reached while the access control holds; refuses in case it does not. */
    private static final FSStreamFactory REFUSE = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    };

    // read once: 5 MB, parsed by the renderer on every report
    private static final class Font {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = JapaneseFont.open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
