package jp.mamori.survey;

import java.util.UUID;

/** A report file the system stored as a REPORT document of the case, encrypted like the others; sha256 in lowercase hex. */
public record StoredReport(UUID documentId, String sha256, String fileName) {
}
