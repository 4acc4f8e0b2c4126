package jp.mamori.survey.document;

/**
 * A stored document failed decryption or its SHA-256 check: tampered, damaged, opened with the wrong key or
 * destroyed. Never returned as if it were the document.
 */
public class DocumentIntegrityException extends RuntimeException {

    DocumentIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
