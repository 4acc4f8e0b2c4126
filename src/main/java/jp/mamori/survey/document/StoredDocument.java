package jp.mamori.survey.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document's metadata, never its content ({@link DocumentVault#open} is the only way to the bytes).
 *
 * @param sha256 of the plaintext, lowercase hex
 */
public record StoredDocument(UUID id, String programId, long caseId, DocumentKind kind, String fileName,
                             String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
}
