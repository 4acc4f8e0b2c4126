package jp.mamori.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download, its Japanese name kept intact for every browser (RFC 5987 filename*). */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return attachment(body, XLSX, filename);
    }

    public static ResponseEntity<byte[]> csv(byte[] body, String filename) {
        return attachment(body, CSV, filename);
    }
}
