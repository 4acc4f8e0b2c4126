package jp.mamori.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CarryOverConsentStore {

    /** The hospital's choice as stored. */
    record Consent(boolean allowed, String decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    CarryOverConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Consent> of(long caseId) {
        return jdbc.sql("SELECT allowed, decided_by, decided_at FROM inventory_carryover_consent WHERE case_id = :c")
                .param("c", caseId)
                .query((rs, n) -> new Consent(rs.getBoolean("allowed"), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    void save(long caseId, boolean allowed, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO inventory_carryover_consent (case_id, allowed, decided_by, decided_at) VALUES (:c, :a, :by, :at)
                ON CONFLICT (case_id) DO UPDATE SET allowed = EXCLUDED.allowed, decided_by = EXCLUDED.decided_by,
                       decided_at = EXCLUDED.decided_at""")
                .param("c", caseId).param("a", allowed).param("by", by).param("at", Timestamp.from(at)).update();
    }
}
