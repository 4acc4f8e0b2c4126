package jp.mamori.inventory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FindingStore {

    private static final String WORST_FIRST = "array_position(ARRAY['CRITICAL','HIGH','MEDIUM','LOW','INFO']::varchar[], severity), id";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FindingStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A rule's suggestion as the comparison needs it. */
    record Raised(long id, Long connectionId, FindingState state, String basis) {
    }

    /** Every finding not withdrawn, worst first. */
    List<Finding> live(long caseId) {
        return jdbc.sql("SELECT * FROM finding WHERE case_id = :c AND withdrawn_at IS NULL ORDER BY " + WORST_FIRST)
                .param("c", caseId).query(this::map).list();
    }

    /** {@link #live(long)} for many cases at once, by case. */
    Map<Long, List<Finding>> live(java.util.Collection<Long> caseIds) {
        Map<Long, List<Finding>> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += ConnectionStore.CHUNK) {
            jdbc.sql("SELECT * FROM finding WHERE case_id IN (:c) AND withdrawn_at IS NULL ORDER BY case_id, " + WORST_FIRST)
                    .param("c", ids.subList(from, Math.min(ids.size(), from + ConnectionStore.CHUNK))).query(this::map).list()
                    .forEach(f -> out.computeIfAbsent(f.caseId(), k -> new java.util.ArrayList<>()).add(f));
        }
        return out;
    }

    Optional<Finding> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM finding WHERE case_id = :c AND id = :id AND withdrawn_at IS NULL")
                .param("c", caseId).param("id", id).query(this::map).optional();
    }

    List<Raised> raisedBy(long caseId, String rule) {
        return jdbc.sql("SELECT id, connection_id, state, basis FROM finding WHERE case_id = :c AND rule = :r AND withdrawn_at IS NULL")
                .param("c", caseId).param("r", rule)
                .query((rs, n) -> new Raised(rs.getLong("id"), (Long) rs.getObject("connection_id", Long.class),
                        FindingState.valueOf(rs.getString("state")), rs.getString("basis"))).list();
    }

    /** {@link #raisedBy(long, String)} for many cases at once, by case. */
    Map<Long, List<Raised>> raisedBy(java.util.Collection<Long> caseIds, String rule) {
        Map<Long, List<Raised>> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += ConnectionStore.CHUNK) {
            jdbc.sql("SELECT id, case_id, connection_id, state, basis FROM finding WHERE case_id IN (:c) AND rule = :r AND withdrawn_at IS NULL")
                    .param("c", ids.subList(from, Math.min(ids.size(), from + ConnectionStore.CHUNK))).param("r", rule)
                    .query(rs -> {
                        out.computeIfAbsent(rs.getLong("case_id"), k -> new java.util.ArrayList<>()).add(new Raised(rs.getLong("id"),
                                (Long) rs.getObject("connection_id", Long.class), FindingState.valueOf(rs.getString("state")),
                                rs.getString("basis")));
                    });
        }
        return out;
    }

    long insert(long caseId, Long connectionId, String rule, Severity severity, String title, String description,
                String recommendation, String reference, FindingState state, Map<String, Object> evidence, String basis,
                String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO finding (case_id, connection_id, rule, severity, title, description, recommendation, reference,
                  state, evidence, basis, created_at, created_by)
                VALUES (:c, :conn, :rule, :sev, :title, :desc, :rec, :ref, :state, CAST(:evidence AS jsonb), :basis, :at, :by)
                RETURNING id""")
                .param("c", caseId).param("conn", connectionId).param("rule", rule).param("sev", severity.name())
                .param("title", title).param("desc", description).param("rec", recommendation).param("ref", reference)
                .param("state", state.name()).param("evidence", write(evidence)).param("basis", basis)
                .param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    void withdraw(long id, Instant at) {
        jdbc.sql("UPDATE finding SET withdrawn_at = :at WHERE id = :id").param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Optimistic on the state read: false when somebody moved the finding in between. */
    boolean move(long id, FindingState from, FindingState to, String reason, LocalDate fixedOn, String by, Instant at) {
        return jdbc.sql("""
                UPDATE finding SET state = :to, reason = COALESCE(:reason, reason), fixed_on = :fixed,
                  decided_by = :by, decided_at = :at
                 WHERE id = :id AND state = :from AND withdrawn_at IS NULL""")
                .param("to", to.name()).param("reason", reason).param("fixed", fixedOn == null ? null : Date.valueOf(fixedOn))
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).param("from", from.name()).update() == 1;
    }

    void history(long findingId, String by, Instant at, String from, String to, String reason, LocalDate fixedOn) {
        jdbc.sql("""
                INSERT INTO finding_history (finding_id, at, changed_by, from_state, to_state, reason, fixed_on)
                VALUES (:f, :at, :by, :from, :to, :reason, :fixed)""")
                .param("f", findingId).param("at", Timestamp.from(at)).param("by", by).param("from", from).param("to", to)
                .param("reason", reason).param("fixed", fixedOn == null ? null : Date.valueOf(fixedOn)).update();
    }

    /** Each finding's moves, oldest first, for every live finding of the case. */
    Map<Long, List<Map<String, Object>>> histories(long caseId) {
        Map<Long, List<Map<String, Object>>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT h.* FROM finding_history h JOIN finding f ON f.id = h.finding_id
                 WHERE f.case_id = :c ORDER BY h.at, h.id""")
                .param("c", caseId)
                .query(rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", rs.getTimestamp("at").toInstant().atZone(jp.mamori.shared.JapaneseDates.TOKYO).toOffsetDateTime().toString());
                    m.put("by", rs.getString("changed_by"));
                    m.put("from", rs.getString("from_state"));
                    m.put("to", rs.getString("to_state"));
                    m.put("reason", rs.getString("reason"));
                    Date fixed = rs.getDate("fixed_on");
                    m.put("fixedOn", fixed == null ? null : fixed.toLocalDate().toString());
                    out.computeIfAbsent(rs.getLong("finding_id"), k -> new java.util.ArrayList<>()).add(m);
                });
        return out;
    }

    private Finding map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Date fixed = rs.getDate("fixed_on");
        return new Finding(rs.getLong("id"), rs.getLong("case_id"), (Long) rs.getObject("connection_id", Long.class),
                rs.getString("rule"), Severity.valueOf(rs.getString("severity")), rs.getString("title"),
                rs.getString("description"), rs.getString("recommendation"), rs.getString("reference"),
                FindingState.valueOf(rs.getString("state")), read(rs.getString("evidence")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("reason"), fixed == null ? null : fixed.toLocalDate());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
