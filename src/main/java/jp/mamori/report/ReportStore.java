package jp.mamori.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.report.domain.VersionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report_version table; the highest version of a case is its current one. */
@Repository
class ReportStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReportStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ReportVersion> current(long caseId) {
        return jdbc.sql("SELECT * FROM report_version WHERE case_id = :c ORDER BY version DESC LIMIT 1")
                .param("c", caseId).query(this::row).optional();
    }

    /** Locks the current row for the rest of the transaction: two approvals or a change and an approval never cross. */
    Optional<ReportVersion> currentForUpdate(long caseId) {
        // a row lock cannot cover a first version that does not exist yet: two leads' first saves would clash on the key
        jdbc.sql("SELECT pg_advisory_xact_lock(140, CAST(:c AS integer))").param("c", caseId).query((rs, n) -> 1).list();
        return jdbc.sql("SELECT * FROM report_version WHERE case_id = :c ORDER BY version DESC LIMIT 1 FOR UPDATE")
                .param("c", caseId).query(this::row).optional();
    }

    List<ReportVersion> all(long caseId) {
        return jdbc.sql("SELECT * FROM report_version WHERE case_id = :c ORDER BY version").param("c", caseId).query(this::row).list();
    }

    Optional<ReportVersion> find(long caseId, int version) {
        return jdbc.sql("SELECT * FROM report_version WHERE case_id = :c AND version = :v").param("c", caseId).param("v", version)
                .query(this::row).optional();
    }

    void insert(long caseId, int version, ReportText text, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO report_version (case_id, version, summary, priorities, state, written_by, written_at, created_at)
                VALUES (:c, :v, :s, CAST(:p AS jsonb), 'DRAFT', :by, :at, :at)
                """).param("c", caseId).param("v", version).param("s", text.summary()).param("p", json(text.priorities()))
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    void write(long caseId, int version, ReportText text, String by, Instant at) {
        jdbc.sql("""
                UPDATE report_version SET summary = :s, priorities = CAST(:p AS jsonb), written_by = :by, written_at = :at,
                    state = 'DRAFT', approved_by = NULL, approved_at = NULL
                WHERE case_id = :c AND version = :v AND state <> 'DELIVERED'
                """).param("c", caseId).param("v", version).param("s", text.summary()).param("p", json(text.priorities()))
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    void approve(long caseId, int version, String by, Instant at) {
        jdbc.sql("UPDATE report_version SET state = 'APPROVED', approved_by = :by, approved_at = :at WHERE case_id = :c AND version = :v AND state = 'DRAFT'")
                .param("c", caseId).param("v", version).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void backToDraft(long caseId, int version) {
        jdbc.sql("UPDATE report_version SET state = 'DRAFT', approved_by = NULL, approved_at = NULL WHERE case_id = :c AND version = :v AND state = 'APPROVED'")
                .param("c", caseId).param("v", version).update();
    }

    void deliver(long caseId, int version, LocalDate on, UUID pdf, String pdfSha, UUID xlsx, String xlsxSha) {
        jdbc.sql("""
                UPDATE report_version SET state = 'DELIVERED', delivered_on = :on, document_id = :d, sha256 = :s,
                    xlsx_document_id = :xd, xlsx_sha256 = :xs
                WHERE case_id = :c AND version = :v AND state = 'APPROVED'
                """).param("c", caseId).param("v", version).param("on", on).param("d", pdf).param("s", pdfSha)
                .param("xd", xlsx).param("xs", xlsxSha).update();
    }

    private ReportVersion row(ResultSet rs, int n) throws SQLException {
        List<String> priorities;
        try {
            priorities = json.readValue(rs.getString("priorities"), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report_version.priorities of case " + rs.getLong("case_id"), e);
        }
        return new ReportVersion(rs.getLong("case_id"), rs.getInt("version"), new ReportText(rs.getString("summary"), priorities),
                VersionState.valueOf(rs.getString("state")), rs.getString("written_by"), instant(rs, "written_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"),
                rs.getObject("delivered_on", LocalDate.class), rs.getObject("document_id", UUID.class), trim(rs.getString("sha256")),
                rs.getObject("xlsx_document_id", UUID.class), trim(rs.getString("xlsx_sha256")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private String json(List<String> priorities) {
        try {
            return json.writeValueAsString(priorities);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
