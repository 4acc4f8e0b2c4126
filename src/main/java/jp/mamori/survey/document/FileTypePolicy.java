package jp.mamori.survey.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;

/**
 * Which of the allowed types a file is, read from its bytes alone (the name is never consulted):
 * Tika's magic detection for PDF and images, {@link OoxmlInspector} for anything zip-based.
 * Everything else is refused with FILE_TYPE_NOT_ALLOWED.
 */
final class FileTypePolicy {

    /** Tika without parsers: magic bytes only, nothing in the file is interpreted. */
    private static final Tika TIKA = new Tika(MimeTypes.getDefaultMimeTypes());
    /** Acrobat accepts %%EOF within the last 1024 bytes; a missing one means a cut-off upload. */
    private static final int PDF_EOF_WINDOW = 1024;

    private FileTypePolicy() {
    }

    static DocumentType classify(byte[] file) {
        if (file.length == 0) {
            throw DocumentRefusedException.typeNotAllowed(DocumentMessages.empty());
        }
        String detected = detect(file);
        return switch (detected) {
            case "application/pdf" -> pdf(file);
            case "image/png" -> DocumentType.PNG;
            case "image/jpeg" -> DocumentType.JPEG;
            case "application/zip", "application/x-tika-ooxml", "application/java-archive" -> OoxmlInspector.inspect(file);
            default -> {
                if (detected.startsWith("application/vnd.openxmlformats") || detected.startsWith("application/vnd.ms-")
                        && detected.contains("macroenabled")) {
                    yield OoxmlInspector.inspect(file);
                }
                throw DocumentRefusedException.typeNotAllowed(DocumentMessages.notAllowed(detected));
            }
        };
    }

    private static String detect(byte[] file) {
        try {
            return TIKA.detect(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentType pdf(byte[] file) {
        int from = Math.max(0, file.length - PDF_EOF_WINDOW);
        String tail = new String(file, from, file.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw DocumentRefusedException.typeNotAllowed(DocumentMessages.brokenPdf());
        }
        return DocumentType.PDF;
    }
}
