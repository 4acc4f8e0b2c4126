package jp.mamori.survey.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey_document table: metadata and ciphertext, never plaintext. */
@Repository
class DocumentStore {

    private static final String COLUMNS = "id, program_id, case_id, kind, file_name, content_type, size, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row with its ciphertext. */
    record Sealed(StoredDocument document, byte[] content) {
    }

    void insert(StoredDocument d, byte[] ciphertext) {
        jdbc.sql("INSERT INTO survey_document (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.programId(), d.caseId(), d.kind().name(), d.fileName(), d.contentType(), d.size(),
                        d.sha256(), Timestamp.from(d.uploadedAt()), d.uploadedBy(), ciphertext)
                .update();
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_document WHERE id = ?").param(id)
                .query((rs, n) -> metadata(rs)).optional();
    }

    Optional<Sealed> findSealed(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM survey_document WHERE id = ?").param(id)
                .query((rs, n) -> new Sealed(metadata(rs), rs.getBytes("content"))).optional();
    }

    List<StoredDocument> byCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_document WHERE case_id = ? ORDER BY uploaded_at, id")
                .param(caseId).query((rs, n) -> metadata(rs)).list();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM survey_document WHERE id = ?").param(id).update() > 0;
    }

    int deleteProgram(String programId) {
        return jdbc.sql("DELETE FROM survey_document WHERE program_id = ?").param(programId).update();
    }

    private static StoredDocument metadata(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getString("program_id"), rs.getLong("case_id"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
