package jp.mamori.survey.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A document's verified plaintext with its metadata. */
public record OpenedDocument(StoredDocument document, byte[] content) {

    public InputStream stream() {
        return new ByteArrayInputStream(content);
    }
}
