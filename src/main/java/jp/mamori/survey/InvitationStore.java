package jp.mamori.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationStore {

    record Invitation(long id, long caseId, String email, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String email, String hash, String by, Instant at, Instant expires) {
        return jdbc.sql("""
                INSERT INTO survey_invitation (case_id, email, token_sha256, created_by, created_at, expires_at)
                VALUES (:c, :e, :h, :by, :at, :ex) RETURNING id""")
                .param("c", caseId).param("e", email).param("h", hash).param("by", by)
                .param("at", Timestamp.from(at)).param("ex", Timestamp.from(expires)).query(Long.class).single();
    }

    Optional<Invitation> byHash(String hash) {
        return jdbc.sql("SELECT id, case_id, email, expires_at, used_at FROM survey_invitation WHERE token_sha256 = :h")
                .param("h", hash).query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Claims the invitation; false when it was used (or is being used by another request) or has expired. */
    boolean claim(long id, String username, Instant now) {
        return jdbc.sql("UPDATE survey_invitation SET used_at = :now, used_by = :u WHERE id = :id AND used_at IS NULL AND expires_at > :now")
                .param("now", Timestamp.from(now)).param("u", username).param("id", id).update() == 1;
    }

    /** Whether the case has a link out that can still be used (not used, not expired). */
    boolean hasPending(long caseId, Instant now) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_invitation WHERE case_id = :c AND used_at IS NULL AND expires_at > :now)")
                .param("c", caseId).param("now", Timestamp.from(now)).query(Boolean.class).single();
    }
}
