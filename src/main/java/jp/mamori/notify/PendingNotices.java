package jp.mamori.notify;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Selection events not yet turned into messages (table {@code notification_pending}). */
@Repository
class PendingNotices {

    /** What a message needs to know of one changed decision. */
    record Changed(String hospitalCode, String prefectureCode, String status, String origin, Integer waitlistPosition,
                   String replaces) {
    }

    record Pending(long id, String programId, int seq, String eventType, LocalDate occurredOn, List<Changed> decisions) {
    }

    private static final TypeReference<List<Changed>> LIST = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PendingNotices(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(String programId, int seq, String eventType, LocalDate occurredOn, List<Changed> decisions) {
        try {
            jdbc.sql("""
                    INSERT INTO notification_pending (program_id, event_seq, event_type, occurred_on, decisions)
                    VALUES (:p, :seq, :type, :on, CAST(:d AS jsonb)) ON CONFLICT (program_id, event_seq) DO NOTHING""")
                    .param("p", programId).param("seq", seq).param("type", eventType).param("on", Date.valueOf(occurredOn))
                    .param("d", json.writeValueAsString(decisions)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The oldest pending event, locked for this transaction; others working at once skip it. */
    Optional<Pending> claimOldest() {
        return jdbc.sql("""
                        SELECT id, program_id, event_seq, event_type, occurred_on, decisions::text AS decisions
                          FROM notification_pending ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .query((rs, i) -> {
                    try {
                        return new Pending(rs.getLong("id"), rs.getString("program_id"), rs.getInt("event_seq"),
                                rs.getString("event_type"), rs.getObject("occurred_on", LocalDate.class),
                                json.readValue(rs.getString("decisions"), LIST));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }).optional();
    }

    void remove(long id) {
        jdbc.sql("DELETE FROM notification_pending WHERE id = :id").param("id", id).update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM notification_pending").query(Long.class).single();
    }
}
