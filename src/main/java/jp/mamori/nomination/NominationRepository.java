package jp.mamori.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.nomination.form.FormProblem;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NominationRepository {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    NominationRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Serializes every change of one list: two uploads at once apply one after the other, each whole. */
    void lock(String programId, PrefectureCode prefecture) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('nomination:' || :p || ':' || :pref))")
                .param("p", programId).param("pref", prefecture.value()).query(Object.class).single();
    }

    Optional<NominationList> list(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT * FROM nomination_list WHERE program_id = :p AND prefecture_code = :pref")
                .param("p", programId).param("pref", prefecture.value())
                .query(NominationRepository::mapList).optional();
    }

    List<NominationList> lists(String programId) {
        return jdbc.sql("SELECT * FROM nomination_list WHERE program_id = :p ORDER BY prefecture_code")
                .param("p", programId).query(NominationRepository::mapList).list();
    }

    Map<PrefectureCode, Integer> counts(String programId) {
        Map<PrefectureCode, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT prefecture_code, count(*) AS n FROM nomination WHERE program_id = :p GROUP BY prefecture_code")
                .param("p", programId)
                .query(rs -> {
                    counts.put(new PrefectureCode(rs.getString("prefecture_code")), rs.getInt("n"));
                });
        return counts;
    }

    List<Nomination> nominations(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT * FROM nomination WHERE program_id = :p AND prefecture_code = :pref ORDER BY rank")
                .param("p", programId).param("pref", prefecture.value())
                .query((rs, i) -> map(rs)).list();
    }

    List<Nomination> nominations(String programId, java.util.Collection<HospitalCode> hospitals) {
        if (hospitals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM nomination WHERE program_id = :p AND hospital_code IN (:h)")
                .param("p", programId).param("h", hospitals.stream().map(HospitalCode::value).distinct().toList())
                .query((rs, i) -> map(rs)).list();
    }

    java.util.Set<HospitalCode> renewing(String programId) {
        java.util.Set<HospitalCode> out = new java.util.HashSet<>();
        jdbc.sql("SELECT hospital_code FROM nomination WHERE program_id = :p AND renewal_planned")
                .param("p", programId).query(rs -> {
                    out.add(new HospitalCode(rs.getString(1)));
                });
        return out;
    }

    /** Writes the list header: status, who and when, and a new version. */
    void saveList(String programId, PrefectureCode prefecture, NominationList.Status status, String source, String fileName,
                  String actor, Instant now) {
        boolean submitted = status == NominationList.Status.SUBMITTED;
        jdbc.sql("""
                INSERT INTO nomination_list (program_id, prefecture_code, status, submitted_at, submitted_by, source, file_name,
                                             updated_at, updated_by)
                VALUES (:p, :pref, :status, :submittedAt, :submittedBy, :source, :file, :now, :actor)
                ON CONFLICT (program_id, prefecture_code) DO UPDATE SET
                    status = EXCLUDED.status,
                    submitted_at = COALESCE(EXCLUDED.submitted_at, nomination_list.submitted_at),
                    submitted_by = COALESCE(EXCLUDED.submitted_by, nomination_list.submitted_by),
                    source = EXCLUDED.source, file_name = EXCLUDED.file_name,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                    version = nomination_list.version + 1""")
                .param("p", programId).param("pref", prefecture.value()).param("status", status.name())
                .param("submittedAt", submitted ? Timestamp.from(now) : null).param("submittedBy", submitted ? actor : null)
                .param("source", source).param("file", fileName).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /** Replaces every row of the list, keeping the origin of hospitals that were designated. */
    void replaceRows(String programId, PrefectureCode prefecture, List<NominationRow> rows, Map<HospitalCode, NominationOrigin> origins) {
        jdbc.sql("DELETE FROM nomination WHERE program_id = :p AND prefecture_code = :pref")
                .param("p", programId).param("pref", prefecture.value()).update();
        List<Object[]> args = new ArrayList<>(rows.size());
        for (NominationRow r : rows) {
            args.add(new Object[]{programId, prefecture.value(), r.hospitalCode().value(), r.rank(), r.hospitalName(), r.beds(),
                    r.emr().name(), date(r.emrPlannedDate()), r.renewalPlanned(), date(r.onsiteExpectedBy()),
                    r.previousYear().name(), r.support().name(), r.consent(), r.rankReason(), contacts(r.contacts()), r.note(),
                    origins.getOrDefault(r.hospitalCode(), NominationOrigin.NOMINATED).name(), r.sheetRow()});
        }
        template.batchUpdate("""
                INSERT INTO nomination (program_id, prefecture_code, hospital_code, rank, hospital_name, beds, emr,
                    emr_planned_date, renewal_planned, onsite_expected_by, previous_year, support, consent, rank_reason,
                    contacts, note, origin, sheet_row)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""", args);
    }

    void replaceWarnings(String programId, PrefectureCode prefecture, List<FormProblem> warnings) {
        jdbc.sql("DELETE FROM nomination_warning WHERE program_id = :p AND prefecture_code = :pref")
                .param("p", programId).param("pref", prefecture.value()).update();
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            FormProblem w = warnings.get(i);
            args.add(new Object[]{programId, prefecture.value(), i, w.row(), w.column(), w.code(), w.message()});
        }
        template.batchUpdate("""
                INSERT INTO nomination_warning (program_id, prefecture_code, position, sheet_row, column_name, code, message)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", args);
    }

    List<FormProblem> warnings(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT * FROM nomination_warning WHERE program_id = :p AND prefecture_code = :pref ORDER BY position")
                .param("p", programId).param("pref", prefecture.value())
                .query((rs, i) -> new FormProblem(rs.getObject("sheet_row", Integer.class), rs.getString("column_name"),
                        rs.getString("code"), rs.getString("message")))
                .list();
    }

    private Nomination map(ResultSet rs) throws SQLException {
        NominationRow row = new NominationRow(rs.getInt("rank"), new HospitalCode(rs.getString("hospital_code")),
                rs.getString("hospital_name"), rs.getObject("beds", Integer.class), EmrStatus.valueOf(rs.getString("emr")),
                rs.getObject("emr_planned_date", LocalDate.class), rs.getBoolean("renewal_planned"),
                rs.getObject("onsite_expected_by", LocalDate.class),
                PreviousYearParticipation.valueOf(rs.getString("previous_year")), SupportWanted.valueOf(rs.getString("support")),
                rs.getBoolean("consent"), rs.getString("rank_reason"), contacts(rs.getString("contacts")), rs.getString("note"),
                rs.getObject("sheet_row", Integer.class) == null ? 0 : rs.getInt("sheet_row"));
        return new Nomination(rs.getString("program_id"), new PrefectureCode(rs.getString("prefecture_code")), row,
                NominationOrigin.valueOf(rs.getString("origin")));
    }

    private static NominationList mapList(ResultSet rs, int i) throws SQLException {
        return new NominationList(rs.getString("program_id"), new PrefectureCode(rs.getString("prefecture_code")),
                NominationList.Status.valueOf(rs.getString("status")), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                rs.getString("source"), rs.getString("file_name"), instant(rs, "updated_at"), rs.getString("updated_by"),
                rs.getInt("version"));
    }

    private String contacts(List<Contact> contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Contact> contacts(String text) {
        try {
            return json.readValue(text, CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Date date(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
