package jp.mamori.selection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.selection.domain.Origin;
import jp.mamori.selection.domain.ReasonCode;
import jp.mamori.selection.domain.SelectionEvent;
import jp.mamori.selection.domain.Slot;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event history and the decisions it derives, in PostgreSQL. */
@Repository
class SelectionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EventCodec codec = new EventCodec();

    SelectionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One selection change at a time per program: fills, withdrawals and submissions never interleave. */
    void lock(String programId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selection:' || :p))").param("p", programId).query(Object.class).single();
    }

    int lastSeq(String programId) {
        return jdbc.sql("SELECT COALESCE(max(seq), 0) FROM selection_event WHERE program_id = :p")
                .param("p", programId).query(Integer.class).single();
    }

    record StoredEvent(int seq, SelectionEvent event, String actor, Instant occurredAt, String type, int changed,
                       String prefecture, String hospital, int selectedAfter) {
    }

    List<StoredEvent> events(String programId) {
        return jdbc.sql("SELECT * FROM selection_event WHERE program_id = :p ORDER BY seq").param("p", programId)
                .query((rs, i) -> new StoredEvent(rs.getInt("seq"), codec.read(rs.getString("type"), rs.getString("payload")),
                        rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
                        rs.getInt("changed"), rs.getString("prefecture_code"), rs.getString("hospital_code"),
                        rs.getInt("selected_after")))
                .list();
    }

    /** The history without payloads, for pages and the dashboard. */
    List<StoredEvent> eventHeaders(String programId) {
        return jdbc.sql("""
                        SELECT seq, type, actor, occurred_at, changed, prefecture_code, hospital_code, selected_after
                          FROM selection_event WHERE program_id = :p ORDER BY seq""").param("p", programId)
                .query((rs, i) -> new StoredEvent(rs.getInt("seq"), null, rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"), rs.getInt("changed"),
                        rs.getString("prefecture_code"), rs.getString("hospital_code"), rs.getInt("selected_after")))
                .list();
    }

    int append(String programId, int seq, SelectionEvent event, String prefecture, String hospital, int changed,
               Map<PrefectureCode, Integer> selectedByPrefecture, String actor, Instant at, String requestId) {
        StringBuilder counts = new StringBuilder("{");
        selectedByPrefecture.forEach((p, n) -> counts.append(counts.length() > 1 ? "," : "").append('"').append(p.value())
                .append("\":").append(n));
        counts.append('}');
        jdbc.sql("""
                INSERT INTO selection_event (program_id, seq, type, prefecture_code, hospital_code, payload, changed,
                                             selected_after, selected_by_prefecture, actor, occurred_at, request_id)
                VALUES (:p, :seq, :type, :pref, :hosp, CAST(:payload AS jsonb), :changed, :selected, CAST(:byPref AS jsonb),
                        :actor, :at, :rid)""")
                .param("p", programId).param("seq", seq).param("type", EventCodec.type(event)).param("pref", prefecture)
                .param("hosp", hospital).param("payload", codec.write(event)).param("changed", changed)
                .param("selected", selectedByPrefecture.values().stream().mapToInt(Integer::intValue).sum())
                .param("byPref", counts.toString())
                .param("actor", actor).param("at", Timestamp.from(at)).param("rid", requestId)
                .update();
        return seq;
    }

    /** Active selections after each event, national and per prefecture, oldest first. */
    record Progress(Instant at, int selected, Map<String, Integer> byPrefecture) {
    }

    List<Progress> progress(String programId) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        return jdbc.sql("SELECT occurred_at, selected_after, selected_by_prefecture::text AS by_pref FROM selection_event "
                        + "WHERE program_id = :p ORDER BY seq")
                .param("p", programId)
                .query((rs, i) -> {
                    try {
                        Map<String, Integer> byPref = json.readValue(rs.getString("by_pref"),
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Integer>>() {
                                });
                        return new Progress(rs.getTimestamp("occurred_at").toInstant(), rs.getInt("selected_after"), byPref);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }).list();
    }

    void saveDecisions(String programId, List<Decision> changed, List<HospitalCode> removed, int seq, Instant at) {
        if (!removed.isEmpty()) {
            jdbc.sql("DELETE FROM selection_decision WHERE program_id = :p AND hospital_code IN (:h)")
                    .param("p", programId).param("h", removed.stream().map(HospitalCode::value).toList()).update();
        }
        if (changed.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(changed.size());
        for (Decision d : changed) {
            args.add(new Object[]{programId, d.hospitalCode().value(), d.prefectureCode().value(), d.rank(), d.status().name(),
                    d.slot() == null ? null : d.slot().name(), d.origin() == null ? null : d.origin().name(), d.band(),
                    d.waitlistPosition(), d.reasons().stream().map(Enum::name).toArray(String[]::new), d.explanationJa(),
                    d.explanationEn(), d.withdrawalReason(), d.replaces() == null ? null : d.replaces().value(), seq,
                    Timestamp.from(at)});
        }
        template.batchUpdate("""
                INSERT INTO selection_decision (program_id, hospital_code, prefecture_code, rank, status, slot, origin, band,
                    waitlist_position, reasons, explanation_ja, explanation_en, withdrawal_reason, replaces, event_seq, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, hospital_code) DO UPDATE SET prefecture_code = EXCLUDED.prefecture_code,
                    rank = EXCLUDED.rank, status = EXCLUDED.status, slot = EXCLUDED.slot, origin = EXCLUDED.origin,
                    band = EXCLUDED.band, waitlist_position = EXCLUDED.waitlist_position, reasons = EXCLUDED.reasons,
                    explanation_ja = EXCLUDED.explanation_ja, explanation_en = EXCLUDED.explanation_en,
                    withdrawal_reason = EXCLUDED.withdrawal_reason, replaces = EXCLUDED.replaces,
                    event_seq = EXCLUDED.event_seq, updated_at = EXCLUDED.updated_at""", args);
    }

    List<Decision> decisions(String programId) {
        return jdbc.sql("SELECT * FROM selection_decision WHERE program_id = :p ORDER BY prefecture_code, rank, hospital_code")
                .param("p", programId).query((rs, i) -> map(rs)).list();
    }

    List<Decision> decisions(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT * FROM selection_decision WHERE program_id = :p AND prefecture_code = :pref ORDER BY rank, hospital_code")
                .param("p", programId).param("pref", prefecture.value()).query((rs, i) -> map(rs)).list();
    }

    List<HospitalCode> selected(String programId, PrefectureCode prefecture) {
        return jdbc.sql("SELECT hospital_code FROM selection_decision WHERE program_id = :p AND prefecture_code = :pref AND status = 'SELECTED'")
                .param("p", programId).param("pref", prefecture.value())
                .query((rs, i) -> new HospitalCode(rs.getString(1))).list();
    }


    static Decision map(ResultSet rs) throws SQLException {
        Array reasons = rs.getArray("reasons");
        List<ReasonCode> codes = Arrays.stream((String[]) reasons.getArray()).map(ReasonCode::valueOf).toList();
        String slot = rs.getString("slot");
        String origin = rs.getString("origin");
        String replaces = rs.getString("replaces");
        return new Decision(new HospitalCode(rs.getString("hospital_code")), new PrefectureCode(rs.getString("prefecture_code")),
                rs.getInt("rank"), DecisionStatus.valueOf(rs.getString("status")), slot == null ? null : Slot.valueOf(slot),
                origin == null ? null : Origin.valueOf(origin), rs.getString("band"),
                rs.getObject("waitlist_position", Integer.class), codes, rs.getString("explanation_ja"),
                rs.getString("explanation_en"), rs.getString("withdrawal_reason"),
                replaces == null ? null : new HospitalCode(replaces));
    }
}
