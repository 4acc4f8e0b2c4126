package jp.mamori.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.CaseSteps;
import jp.mamori.survey.domain.StepDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private static final String COLUMNS = "id, program_id, hospital_code, prefecture_code, organization_id, lead_username, "
            + "withdrawn_at, shared_with_prefecture, version, created_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A bare case row: the id, and whether it is withdrawn. */
    record Opened(long id, boolean withdrawn) {
    }

    Map<HospitalCode, Opened> byHospital(String programId) {
        Map<HospitalCode, Opened> all = new HashMap<>();
        jdbc.sql("SELECT id, hospital_code, withdrawn_at IS NOT NULL AS w FROM survey_case WHERE program_id = :p")
                .param("p", programId)
                .query(rs -> {
                    all.put(new HospitalCode(rs.getString("hospital_code")), new Opened(rs.getLong("id"), rs.getBoolean("w")));
                });
        return all;
    }

    /** The new case's id; empty when the hospital already has one (the unique key keeps it to one). */
    Optional<Long> open(String programId, HospitalCode hospital, PrefectureCode prefecture, String organizationId, Instant at) {
        return jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, organization_id, created_at)
                VALUES (:p, :h, :pref, :org, :at) ON CONFLICT (program_id, hospital_code) DO NOTHING RETURNING id""")
                .param("p", programId).param("h", hospital.value()).param("pref", prefecture.value())
                .param("org", organizationId).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    void setWithdrawn(long id, Instant at) {
        jdbc.sql("UPDATE survey_case SET withdrawn_at = :at, version = version + 1 WHERE id = :id")
                .param("at", at == null ? null : Timestamp.from(at)).param("id", id).update();
    }

    /** Optimistic: false when somebody changed the case in between. */
    boolean assign(long id, int version, String organizationId, String leadUsername) {
        return jdbc.sql("""
                UPDATE survey_case SET organization_id = :org, lead_username = :lead, version = version + 1
                 WHERE id = :id AND version = :v""")
                .param("org", organizationId).param("lead", leadUsername).param("id", id).param("v", version).update() == 1;
    }

    boolean share(long id, int version, boolean shared) {
        return jdbc.sql("UPDATE survey_case SET shared_with_prefecture = :s, version = version + 1 WHERE id = :id AND version = :v")
                .param("s", shared).param("id", id).param("v", version).update() == 1;
    }

    boolean touch(long id, int version) {
        return jdbc.sql("UPDATE survey_case SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    /**
     * The same hospital's case in the nearest program before this case's one, following each program's
     * {@code previous_program_id}: a program in between without a case for the hospital is passed over.
     */
    Optional<Long> previousOf(long caseId) {
        return jdbc.sql("""
                WITH RECURSIVE earlier (id, depth) AS (
                  SELECT p.previous_program_id, 1 FROM survey_case c JOIN program p ON p.id = c.program_id
                   WHERE c.id = :id AND p.previous_program_id IS NOT NULL
                  UNION ALL
                  SELECT p.previous_program_id, e.depth + 1 FROM earlier e JOIN program p ON p.id = e.id
                   WHERE p.previous_program_id IS NOT NULL AND e.depth < 50)
                SELECT prev.id FROM earlier e
                  JOIN survey_case prev ON prev.program_id = e.id
                  JOIN survey_case this ON this.id = :id AND this.hospital_code = prev.hospital_code
                 ORDER BY e.depth LIMIT 1""")
                .param("id", caseId).query(Long.class).optional();
    }

    /** The open cases themselves in one read (neither withdrawn nor delivered, by the query), by id. */
    List<SurveyCase> open() {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM survey_case c WHERE c.withdrawn_at IS NULL AND NOT EXISTS (
                  SELECT 1 FROM survey_case_step s WHERE s.case_id = c.id AND s.step = 'DELIVERY' AND s.done_on IS NOT NULL)
                 ORDER BY c.id""").query(this::mapBare).list();
    }

    /** Every case of one hospital, oldest first (one per program it was selected in). */
    List<Long> idsOfHospital(String hospitalCode) {
        return jdbc.sql("SELECT id FROM survey_case WHERE hospital_code = :h ORDER BY id").param("h", hospitalCode)
                .query(Long.class).list();
    }

    Optional<SurveyCase> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_case WHERE id = :id").param("id", id)
                .query(this::mapBare).optional().map(this::withSteps);
    }

    Optional<SurveyCase> find(String programId, HospitalCode hospital) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_case WHERE program_id = :p AND hospital_code = :h")
                .param("p", programId).param("h", hospital.value())
                .query(this::mapBare).optional().map(this::withSteps);
    }

    /** Every case of a program with its steps, in hospital code order. */
    List<SurveyCase> ofProgram(String programId) {
        List<SurveyCase> bare = jdbc.sql("SELECT " + COLUMNS + " FROM survey_case WHERE program_id = :p ORDER BY hospital_code")
                .param("p", programId).query(this::mapBare).list();
        Map<Long, Map<CaseStep, StepRow>> steps = new HashMap<>();
        jdbc.sql("SELECT s.* FROM survey_case_step s JOIN survey_case c ON c.id = s.case_id WHERE c.program_id = :p")
                .param("p", programId)
                .query(rs -> {
                    StepRow row = mapStep(rs);
                    steps.computeIfAbsent(rs.getLong("case_id"), k -> new EnumMap<>(CaseStep.class)).put(row.step(), row);
                });
        return bare.stream().map(c -> with(c, steps.getOrDefault(c.id(), Map.of()))).toList();
    }

    /** What lists filter and order by, for every case of a program: no plans' details, no people. */
    record Line(long id, HospitalCode hospital, PrefectureCode prefecture, String organizationId, boolean withdrawn,
                boolean sharedWithPrefecture, CaseSteps steps) {
    }

    /** Every case of a program as a {@link Line}, in hospital code order: one query, dates only. */
    List<Line> linesOfProgram(String programId) {
        Map<Long, Line> bare = new LinkedHashMap<>();
        Map<Long, Map<CaseStep, StepDates>> dates = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, c.hospital_code, c.prefecture_code, c.organization_id, c.withdrawn_at IS NOT NULL AS w,
                       c.shared_with_prefecture, s.step, s.planned_on, s.done_on
                  FROM survey_case c LEFT JOIN survey_case_step s ON s.case_id = c.id
                 WHERE c.program_id = :p ORDER BY c.hospital_code""")
                .param("p", programId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!bare.containsKey(id)) {
                        bare.put(id, new Line(id, new HospitalCode(rs.getString("hospital_code")),
                                new PrefectureCode(rs.getString("prefecture_code")), rs.getString("organization_id"),
                                rs.getBoolean("w"), rs.getBoolean("shared_with_prefecture"), null));
                    }
                    String step = rs.getString("step");
                    if (step != null) {
                        java.sql.Date planned = rs.getDate("planned_on");
                        java.sql.Date done = rs.getDate("done_on");
                        dates.computeIfAbsent(id, k -> new EnumMap<>(CaseStep.class)).put(CaseStep.valueOf(step),
                                new StepDates(planned == null ? null : planned.toLocalDate(), done == null ? null : done.toLocalDate()));
                    }
                });
        return bare.values().stream().map(l -> new Line(l.id(), l.hospital(), l.prefecture(), l.organizationId(), l.withdrawn(),
                l.sharedWithPrefecture(), CaseSteps.of(dates.getOrDefault(l.id(), Map.of())))).toList();
    }

    /** The given cases with their steps (in no particular order): what one page of a list shows. */
    Map<Long, SurveyCase> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<SurveyCase> bare = jdbc.sql("SELECT " + COLUMNS + " FROM survey_case WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids)).query(this::mapBare).list();
        Map<Long, Map<CaseStep, StepRow>> steps = new HashMap<>();
        jdbc.sql("SELECT * FROM survey_case_step WHERE case_id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    StepRow row = mapStep(rs);
                    steps.computeIfAbsent(rs.getLong("case_id"), k -> new EnumMap<>(CaseStep.class)).put(row.step(), row);
                });
        Map<Long, SurveyCase> out = new HashMap<>();
        bare.forEach(c -> out.put(c.id(), with(c, steps.getOrDefault(c.id(), Map.of()))));
        return out;
    }

    void saveStep(long caseId, StepRow row) {
        jdbc.sql("""
                INSERT INTO survey_case_step (case_id, step, planned_on, planned_time, duration_minutes, surveyors, done_on, mode, attendees)
                VALUES (:c, :s, :po, :pt, :d, CAST(:sv AS jsonb), :done, :m, CAST(:a AS jsonb))
                ON CONFLICT (case_id, step) DO UPDATE SET planned_on = EXCLUDED.planned_on, planned_time = EXCLUDED.planned_time,
                       duration_minutes = EXCLUDED.duration_minutes, surveyors = EXCLUDED.surveyors, done_on = EXCLUDED.done_on,
                       mode = EXCLUDED.mode, attendees = EXCLUDED.attendees""")
                .param("c", caseId).param("s", row.step().name()).param("po", row.plannedOn())
                .param("pt", row.plannedTime()).param("d", row.durationMinutes()).param("sv", write(row.surveyors()))
                .param("done", row.doneOn()).param("m", row.mode()).param("a", write(row.attendees()))
                .update();
    }

    void addHistory(long caseId, Instant at, String by, String what, String note, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO survey_case_history (case_id, at, changed_by, what, note, before, after)
                VALUES (:c, :at, :by, :what, :note, CAST(:b AS jsonb), CAST(:a AS jsonb))""")
                .param("c", caseId).param("at", Timestamp.from(at)).param("by", by).param("what", what).param("note", note)
                .param("b", before == null ? null : write(before)).param("a", after == null ? null : write(after))
                .update();
    }

    List<CaseHistoryEntry> history(long caseId) {
        return jdbc.sql("SELECT at, changed_by, what, note FROM survey_case_history WHERE case_id = :c ORDER BY at, id")
                .param("c", caseId)
                .query((rs, i) -> new CaseHistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("changed_by"),
                        rs.getString("what"), rs.getString("note")))
                .list();
    }

    Optional<String> assignmentRule(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT organization_id FROM survey_assignment_rule WHERE program_id = :p AND prefecture_code = :pref")
                .param("p", programId).param("pref", prefecture.value()).query(String.class).optional();
    }

    void saveAssignmentRule(String programId, PrefectureCode prefecture, String organizationId, String by) {
        jdbc.sql("""
                INSERT INTO survey_assignment_rule (program_id, prefecture_code, organization_id, set_by) VALUES (:p, :pref, :org, :by)
                ON CONFLICT (program_id, prefecture_code) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                       set_by = EXCLUDED.set_by, set_at = now()""")
                .param("p", programId).param("pref", prefecture.value()).param("org", organizationId).param("by", by).update();
    }

    private SurveyCase withSteps(SurveyCase c) {
        Map<CaseStep, StepRow> steps = new EnumMap<>(CaseStep.class);
        jdbc.sql("SELECT * FROM survey_case_step WHERE case_id = :c").param("c", c.id())
                .query(rs -> {
                    StepRow row = mapStep(rs);
                    steps.put(row.step(), row);
                });
        return with(c, steps);
    }

    private static SurveyCase with(SurveyCase c, Map<CaseStep, StepRow> steps) {
        return new SurveyCase(c.id(), c.programId(), c.hospital(), c.prefecture(), c.organizationId(), c.leadUsername(),
                c.withdrawnAt(), c.sharedWithPrefecture(), c.version(), c.createdAt(), steps);
    }

    private SurveyCase mapBare(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new SurveyCase(rs.getLong("id"), rs.getString("program_id"), new HospitalCode(rs.getString("hospital_code")),
                new PrefectureCode(rs.getString("prefecture_code")), rs.getString("organization_id"), rs.getString("lead_username"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getBoolean("shared_with_prefecture"), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), Map.of());
    }

    private StepRow mapStep(ResultSet rs) throws SQLException {
        java.sql.Date planned = rs.getDate("planned_on");
        java.sql.Time time = rs.getTime("planned_time");
        java.sql.Date done = rs.getDate("done_on");
        Integer duration = (Integer) rs.getObject("duration_minutes");
        return new StepRow(CaseStep.valueOf(rs.getString("step")), planned == null ? null : planned.toLocalDate(),
                time == null ? null : time.toLocalTime(), duration,
                read(rs.getString("surveyors"), new TypeReference<List<String>>() { }),
                done == null ? null : done.toLocalDate(), rs.getString("mode"),
                read(rs.getString("attendees"), new TypeReference<List<StepRow.Attendee>>() { }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
