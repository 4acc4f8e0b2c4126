package jp.mamori.notify;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.notify.domain.RetryPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: the outbox the sender drains. */
@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            id, event, dedupe_key, hospital_code, prefecture_code, recipients, subject, body, status, attempts,
            last_error, next_attempt_at, created_at, sent_at, message_id""";

    private static final String INSERT = """
            WITH next AS (SELECT nextval(pg_get_serial_sequence('notification', 'id')) AS id)
            INSERT INTO notification (id, event, dedupe_key, hospital_code, prefecture_code, recipients,
                                      subject, body, status, attempts, last_error, next_attempt_at,
                                      created_at, message_id)
            SELECT next.id, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?,
                   '<notification-' || next.id || '.' || substr(md5(random()::text), 1, 10) || '@mamori>'
              FROM next
            ON CONFLICT (dedupe_key) DO NOTHING""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    OutboxRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Many rows in one round of batched statements (a fill announces thousands of decisions); returns how many were new. */
    int insertAll(List<NewRow> rows) {
        int[][] counts = template.batchUpdate(INSERT, rows, 500, (ps, r) -> {
            ps.setString(1, r.event());
            ps.setString(2, r.dedupeKey());
            ps.setString(3, r.hospitalCode());
            ps.setString(4, r.prefectureCode());
            ps.setArray(5, ps.getConnection().createArrayOf("text", r.to().toArray()));
            ps.setString(6, r.subject());
            ps.setString(7, r.body());
            ps.setString(8, r.status().name());
            ps.setString(9, r.lastError());
            ps.setTimestamp(10, Timestamp.from(r.now()));
            ps.setTimestamp(11, Timestamp.from(r.now()));
        });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                inserted += Math.max(c, 0);
            }
        }
        return inserted;
    }

    record NewRow(String event, String dedupeKey, String hospitalCode, String prefectureCode, List<String> to,
                  String subject, String body, NotificationStatus status, String lastError, Instant now) {
    }

    /**
     * Inserts unless a message with the same dedupe key exists. The Message-ID carries the row id and a random
     * part, so two installations (a test and the real one) never share an id a mail server would drop as a duplicate.
     */
    boolean insert(NewRow r) {
        return jdbc.sql("""
                        WITH next AS (SELECT nextval(pg_get_serial_sequence('notification', 'id')) AS id)
                        INSERT INTO notification (id, event, dedupe_key, hospital_code, prefecture_code, recipients,
                                                  subject, body, status, attempts, last_error, next_attempt_at,
                                                  created_at, message_id)
                        SELECT next.id, :event, :key, :hospital, :prefecture, CAST(:to AS text[]), :subject, :body,
                               :status, 0, :error, :now, :now,
                               '<notification-' || next.id || '.' || substr(md5(random()::text), 1, 10) || '@mamori>'
                          FROM next
                        ON CONFLICT (dedupe_key) DO NOTHING""")
                .param("event", r.event())
                .param("key", r.dedupeKey())
                .param("hospital", r.hospitalCode())
                .param("prefecture", r.prefectureCode())
                .param("to", r.to().toArray(String[]::new))
                .param("subject", r.subject())
                .param("body", r.body())
                .param("status", r.status().name())
                .param("error", r.lastError())
                .param("now", Timestamp.from(r.now()))
                .update() == 1;
    }

    /**
     * Locks the oldest due message for this transaction. SKIP LOCKED: another sender (a second instance, or the
     * next scheduled run) passes over a message being sent instead of waiting for it or sending it twice.
     */
    Optional<Notification> claimNextDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM notification
                        WHERE status = 'QUEUED' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .query(OutboxRepository::row)
                .optional();
    }

    void markSent(long id, int attempts, Instant sentAt) {
        jdbc.sql("UPDATE notification SET status = 'SENT', attempts = :attempts, sent_at = :at WHERE id = :id")
                .param("attempts", attempts).param("at", Timestamp.from(sentAt)).param("id", id)
                .update();
    }

    void markFailedAttempt(long id, RetryPolicy.AfterFailure outcome, String error) {
        jdbc.sql("""
                        UPDATE notification SET attempts = :attempts, last_error = :error, next_attempt_at = :next,
                               status = :status
                         WHERE id = :id""")
                .param("attempts", outcome.attempts())
                .param("error", error)
                .param("next", Timestamp.from(outcome.nextAttemptAt()))
                .param("status", outcome.givenUp() ? NotificationStatus.FAILED.name() : NotificationStatus.QUEUED.name())
                .param("id", id)
                .update();
    }

    /** Locks one message so a retry and a send cannot interleave. */
    Optional<Notification> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id FOR UPDATE")
                .param("id", id).query(OutboxRepository::row).optional();
    }

    void queueAgain(long id, Instant now) {
        jdbc.sql("UPDATE notification SET status = 'QUEUED', next_attempt_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    Optional<Notification> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id")
                .param("id", id).query(OutboxRepository::row).optional();
    }

    Optional<Notification> findByDedupeKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE dedupe_key = :key")
                .param("key", key).query(OutboxRepository::row).optional();
    }

    /** Newest first; {@code limit} null for all. */
    List<Notification> list(NotificationStatus status, String event, Integer limit) {
        return list(status, event, limit, 0);
    }

    /** One page, newest first: the page reads only the rows it shows. */
    List<Notification> list(NotificationStatus status, String event, Integer limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification WHERE TRUE" + filter(status, event, p));
        sql.append(" ORDER BY id DESC");
        if (limit != null) {
            sql.append(" LIMIT ").append((int) limit);
        }
        if (offset > 0) {
            sql.append(" OFFSET ").append(offset);
        }
        return jdbc.sql(sql.toString()).params(p).query(OutboxRepository::row).list();
    }

    long count(NotificationStatus status, String event) {
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM notification WHERE TRUE" + filter(status, event, p)).params(p)
                .query(Long.class).single();
    }

    /** The list's filters as SQL, their values put in {@code params}: the page and its count filter alike. */
    private static String filter(NotificationStatus status, String event, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (event != null && !event.isBlank()) {
            sql.append(" AND event = :event");
            params.put("event", event.strip());
        }
        return sql.toString();
    }

    Map<NotificationStatus, Long> counts() {
        Map<NotificationStatus, Long> counts = new java.util.EnumMap<>(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM notification GROUP BY status")
                .query(rs -> {
                    counts.put(NotificationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    private static Notification row(ResultSet rs, int i) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("event"), rs.getString("dedupe_key"),
                rs.getString("hospital_code"), rs.getString("prefecture_code"), strings(rs.getArray("recipients")),
                rs.getString("subject"), rs.getString("body"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("message_id"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
