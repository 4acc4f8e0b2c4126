package jp.mamori.program;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.mamori.program.domain.ProgramDefinition;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PrefectureQuota;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.RuleSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgramRepository {

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String id, String name, int fiscalYear, String ruleSet, int capacity, LocalDate deadline,
                       LocalDate onsite, LocalDate emr, String previous, boolean bandSpill, String keys, int version,
                       java.time.Instant updatedAt, String surveyTargets) {
    }

    List<String> ids() {
        return jdbc.sql("SELECT id FROM program ORDER BY fiscal_year DESC, id").query(String.class).list();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM program WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    Optional<Program> find(String id) {
        Optional<Row> row = jdbc.sql("""
                        SELECT id, name, fiscal_year, rule_set, national_capacity, submission_deadline,
                               onsite_completion_deadline, emr_deadline, previous_program_id, band_spill, priority_keys,
                               version, updated_at, survey_targets
                          FROM program WHERE id = :id""")
                .param("id", id)
                .query((rs, i) -> new Row(rs.getString("id"), rs.getString("name"), rs.getInt("fiscal_year"),
                        rs.getString("rule_set"), rs.getInt("national_capacity"), date(rs, "submission_deadline"),
                        date(rs, "onsite_completion_deadline"), date(rs, "emr_deadline"), rs.getString("previous_program_id"),
                        rs.getBoolean("band_spill"), rs.getString("priority_keys"), rs.getInt("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("survey_targets")))
                .optional();
        return row.map(this::assemble);
    }

    private Program assemble(Row r) {
        List<BedBand> bands = jdbc.sql("SELECT band_id, min_beds, max_beds FROM program_bed_band WHERE program_id = :id ORDER BY position")
                .param("id", r.id())
                .query((rs, i) -> new BedBand(rs.getString("band_id"), rs.getInt("min_beds"), rs.getObject("max_beds", Integer.class)))
                .list();
        Map<String, Map<String, Integer>> bandQuotas = new HashMap<>();
        jdbc.sql("SELECT prefecture_code, band_id, quota FROM program_band_quota WHERE program_id = :id")
                .param("id", r.id())
                .query(rs -> {
                    bandQuotas.computeIfAbsent(rs.getString("prefecture_code"), k -> new LinkedHashMap<>())
                            .put(rs.getString("band_id"), rs.getInt("quota"));
                });
        Map<PrefectureCode, PrefectureQuota> quotas = new TreeMap<>();
        jdbc.sql("SELECT prefecture_code, quota FROM program_quota WHERE program_id = :id")
                .param("id", r.id())
                .query(rs -> {
                    String p = rs.getString("prefecture_code");
                    Map<String, Integer> byBand = new LinkedHashMap<>();
                    Map<String, Integer> stored = bandQuotas.getOrDefault(p, Map.of());
                    bands.forEach(b -> {
                        if (stored.containsKey(b.id())) {
                            byBand.put(b.id(), stored.get(b.id()));
                        }
                    });
                    quotas.put(new PrefectureCode(p), new PrefectureQuota(rs.getInt("quota"), byBand));
                });
        Map<PrefectureCode, LocalDate> extensions = new TreeMap<>();
        jdbc.sql("SELECT prefecture_code, until FROM program_extension WHERE program_id = :id")
                .param("id", r.id())
                .query(rs -> {
                    extensions.put(new PrefectureCode(rs.getString("prefecture_code")), rs.getObject("until", LocalDate.class));
                });
        List<PriorityKey> keys = Arrays.stream(r.keys().split(",")).filter(s -> !s.isBlank()).map(PriorityKey::valueOf).toList();
        ProgramDefinition d = new ProgramDefinition(r.id(), r.name(), FiscalYear.of(r.fiscalYear()), RuleSet.valueOf(r.ruleSet()),
                r.capacity(), r.deadline(), r.onsite(), r.emr(), r.previous(), bands, r.bandSpill(), quotas, keys);
        return new Program(d, extensions, r.version(), r.updatedAt(), surveyTargets(r.surveyTargets()));
    }

    /** Null or empty: the survey's defaults. */
    void saveSurveyTargets(String id, Map<String, Integer> targets) {
        String json;
        try {
            json = targets == null || targets.isEmpty() ? null
                    : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new java.util.TreeMap<>(targets));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("UPDATE program SET survey_targets = CAST(:t AS jsonb) WHERE id = :id").param("t", json).param("id", id).update();
    }

    private static Map<String, Integer> surveyTargets(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Integer>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts or replaces the definition (bands and quotas are rewritten; extensions are kept). */
    void save(ProgramDefinition d, boolean exists) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("name", d.name().trim());
        p.put("fy", d.fiscalYear().year());
        p.put("rules", d.ruleSet().name());
        p.put("cap", d.nationalCapacity());
        p.put("deadline", Date.valueOf(d.submissionDeadline()));
        p.put("onsite", d.onsiteCompletionDeadline() == null ? null : Date.valueOf(d.onsiteCompletionDeadline()));
        p.put("emr", d.emrDeadline() == null ? null : Date.valueOf(d.emrDeadline()));
        p.put("prev", d.previousProgramId());
        p.put("spill", d.bandSpill());
        p.put("keys", String.join(",", d.priorityKeys().stream().map(Enum::name).toList()));
        if (exists) {
            jdbc.sql("""
                    UPDATE program SET name = :name, fiscal_year = :fy, rule_set = :rules, national_capacity = :cap,
                           submission_deadline = :deadline, onsite_completion_deadline = :onsite, emr_deadline = :emr,
                           previous_program_id = :prev, band_spill = :spill, priority_keys = :keys,
                           version = version + 1, updated_at = now()
                     WHERE id = :id""").params(p).update();
            jdbc.sql("DELETE FROM program_quota WHERE program_id = :id").param("id", d.id()).update();
            jdbc.sql("DELETE FROM program_bed_band WHERE program_id = :id").param("id", d.id()).update();
        } else {
            jdbc.sql("""
                    INSERT INTO program (id, name, fiscal_year, rule_set, national_capacity, submission_deadline,
                                         onsite_completion_deadline, emr_deadline, previous_program_id, band_spill, priority_keys)
                    VALUES (:id, :name, :fy, :rules, :cap, :deadline, :onsite, :emr, :prev, :spill, :keys)""")
                    .params(p).update();
        }
        for (int i = 0; i < d.bedBands().size(); i++) {
            BedBand b = d.bedBands().get(i);
            jdbc.sql("INSERT INTO program_bed_band (program_id, band_id, position, min_beds, max_beds) VALUES (:p, :b, :pos, :min, :max)")
                    .param("p", d.id()).param("b", b.id()).param("pos", i).param("min", b.minBeds()).param("max", b.maxBeds())
                    .update();
        }
        List<Object[]> quotaRows = new ArrayList<>();
        d.quotas().forEach((pref, q) -> quotaRows.add(new Object[]{pref.value(), q}));
        for (Object[] row : quotaRows) {
            PrefectureQuota q = (PrefectureQuota) row[1];
            jdbc.sql("INSERT INTO program_quota (program_id, prefecture_code, quota) VALUES (:p, :pref, :q)")
                    .param("p", d.id()).param("pref", row[0]).param("q", q.quota()).update();
            q.bandQuotas().forEach((band, bq) -> jdbc.sql(
                            "INSERT INTO program_band_quota (program_id, prefecture_code, band_id, quota) VALUES (:p, :pref, :b, :q)")
                    .param("p", d.id()).param("pref", row[0]).param("b", band).param("q", bq).update());
        }
    }

    /** Serializes edits of one program, so two saves at once cannot interleave. */
    Optional<Integer> lockVersion(String id) {
        return jdbc.sql("SELECT version FROM program WHERE id = :id FOR UPDATE").param("id", id).query(Integer.class).optional();
    }

    void setExtension(String programId, PrefectureCode pref, LocalDate until) {
        jdbc.sql("""
                INSERT INTO program_extension (program_id, prefecture_code, until) VALUES (:p, :pref, :u)
                ON CONFLICT (program_id, prefecture_code) DO UPDATE SET until = EXCLUDED.until, granted_at = now()""")
                .param("p", programId).param("pref", pref.value()).param("u", Date.valueOf(until)).update();
    }

    void removeExtension(String programId, PrefectureCode pref) {
        jdbc.sql("DELETE FROM program_extension WHERE program_id = :p AND prefecture_code = :pref")
                .param("p", programId).param("pref", pref.value()).update();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
