package jp.mamori.backup;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.DecisionChoice;
import jp.mamori.backup.domain.Frequency;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.backup.domain.RecordedDecision;
import jp.mamori.backup.domain.Separation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The backup_plan and backup_plan_decision tables; a save only lands on the version it read. */
@Repository
class BackupPlanStore {

    record Stored(BackupPlan plan, int version, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BackupPlanStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> find(long caseId) {
        return jdbc.sql("SELECT * FROM backup_plan WHERE case_id = :c").param("c", caseId).query(this::row).optional();
    }

    /** The stored plans of many cases in one read per thousand, by case (a case without one is absent). */
    Map<Long, BackupPlan> plans(java.util.Collection<Long> caseIds) {
        Map<Long, BackupPlan> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("SELECT * FROM backup_plan WHERE case_id IN (:c)")
                    .param("c", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query(rs -> {
                        out.put(rs.getLong("case_id"), row(rs, 0).plan());
                    });
        }
        return out;
    }

    void insert(long caseId, BackupPlan plan, String by, Instant at) {
        Decision d = plan.decision();
        jdbc.sql("""
                INSERT INTO backup_plan (case_id, systems, cost_per_tb_min, cost_per_tb_max, declined, decision_choice,
                    decided_on, decision_until, version, updated_by, updated_at)
                VALUES (:c, CAST(:s AS jsonb), :min, :max, :declined, :choice, :on, :until, 1, :by, :at)
                """).param("c", caseId).param("s", systemsJson(plan.systems())).param("min", plan.costPerTbMin())
                .param("max", plan.costPerTbMax()).param("declined", plan.declined())
                .param("choice", d == null ? null : d.choice().name()).param("on", d == null ? null : d.decidedOn())
                .param("until", d == null ? null : d.until()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** @return false when the row has moved on from {@code version} (someone else saved) */
    boolean update(long caseId, BackupPlan plan, int version, String by, Instant at) {
        Decision d = plan.decision();
        return jdbc.sql("""
                UPDATE backup_plan SET systems = CAST(:s AS jsonb), cost_per_tb_min = :min, cost_per_tb_max = :max,
                    declined = :declined, decision_choice = :choice, decided_on = :on, decision_until = :until,
                    version = version + 1, updated_by = :by, updated_at = :at
                WHERE case_id = :c AND version = :v
                """).param("c", caseId).param("s", systemsJson(plan.systems())).param("min", plan.costPerTbMin())
                .param("max", plan.costPerTbMax()).param("declined", plan.declined())
                .param("choice", d == null ? null : d.choice().name()).param("on", d == null ? null : d.decidedOn())
                .param("until", d == null ? null : d.until()).param("by", by).param("at", Timestamp.from(at))
                .param("v", version).update() == 1;
    }

    void recordDecision(long caseId, Decision d, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO backup_plan_decision (case_id, choice, decided_on, until, recorded_by, recorded_at)
                VALUES (:c, :choice, :on, :until, :by, :at)
                """).param("c", caseId).param("choice", d == null ? null : d.choice().name())
                .param("on", d == null ? null : d.decidedOn()).param("until", d == null ? null : d.until())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    List<RecordedDecision> decisions(long caseId) {
        return jdbc.sql("SELECT * FROM backup_plan_decision WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, n) -> new RecordedDecision(rs.getString("choice") == null ? null
                        : new Decision(DecisionChoice.valueOf(rs.getString("choice")), date(rs, "decided_on"), date(rs, "until")),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private Stored row(ResultSet rs, int n) throws SQLException {
        String choice = rs.getString("decision_choice");
        Decision d = choice == null ? null : new Decision(DecisionChoice.valueOf(choice), date(rs, "decided_on"), date(rs, "decision_until"));
        BackupPlan plan = new BackupPlan(systems(rs.getString("systems")), rs.getLong("cost_per_tb_min"), rs.getLong("cost_per_tb_max"),
                rs.getBoolean("declined"), d);
        return new Stored(plan, rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private String systemsJson(List<ProtectedSystem> systems) {
        List<Map<String, Object>> out = new ArrayList<>();
        systems.forEach(s -> out.add(BackupPlans.describe(s)));
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ProtectedSystem> systems(String text) {
        try {
            List<ProtectedSystem> out = new ArrayList<>();
            for (JsonNode s : json.readTree(text)) {
                out.add(new ProtectedSystem(s.path("name").asText(null), s.path("kind").isNull() ? null : s.path("kind").asText(null),
                        new BigDecimal(s.path("dataTb").asText("0")), Frequency.valueOf(s.path("frequency").asText()),
                        s.path("generations").asInt(), Separation.valueOf(s.path("separation").asText()),
                        s.hasNonNull("restoreTargetHours") ? s.get("restoreTargetHours").asInt() : null));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("backup_plan.systems unreadable", e);
        }
    }
}
