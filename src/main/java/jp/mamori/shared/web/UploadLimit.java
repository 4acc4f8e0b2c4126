package jp.mamori.shared.web;

import org.springframework.util.unit.DataSize;

/**
 * An upload endpoint whose limit is not MAMORI_MAX_UPLOAD, declared as a bean by the module that owns it
 * ({@code pathPattern} as in Spring MVC, e.g. {@code /api/v1/cases/*}{@code /documents}). Requests over it are refused
 * with FILE_TOO_LARGE and a message naming this limit. It cannot exceed the multipart ceiling in application.yml.
 */
public record UploadLimit(String pathPattern, DataSize max) {

    /** The limit as people read it: 25MB, 512KB. */
    public String label() {
        long bytes = max.toBytes();
        return bytes >= 1024 * 1024 ? Math.round(bytes / (1024.0 * 1024.0)) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }
}
