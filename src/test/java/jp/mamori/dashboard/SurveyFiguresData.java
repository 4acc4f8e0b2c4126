package jp.mamori.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.mamori.checklist.ChecklistAnswers;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.support.TestPrograms;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programs with survey data of their own, written straight into the tables (the figures read them through each
 * module's services): hospitals nobody else's case uses, so their per-hospital checklist answers are ours alone.
 */
@Component
@Lazy
public class SurveyFiguresData {

    public static final String A = "01";
    public static final String B = "40";

    /** {@code a}, {@code b}: live cases of prefecture A and B; {@code withdrawn}: B's withdrawn case. */
    public record Built(String pid, List<Long> a, List<Long> b, long withdrawn, List<String> hospitalsA, List<String> hospitalsB,
                        String withdrawnHospital, String edition, String itemKey) {
    }

    private final JdbcClient jdbc;
    private final TestPrograms programs;
    private final ChecklistAnswers checklists;

    SurveyFiguresData(JdbcClient jdbc, TestPrograms programs, ChecklistAnswers checklists) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.checklists = checklists;
    }

    /**
     * Ten hospitals (five in each of A and B) and a withdrawn one in B. Every confidential figure rests on five hospitals
     * in each prefecture, or on none, except HIGH / KEV_MATCH (four hospitals of A), which take A's and the nation's MEDIUM / UNKNOWN_BEFORE_SURVEY with them.
     * <ul>
     * <li>points: a REMOTE_MAINTENANCE / INTERNET_VPN point unknown before the survey at each of the ten; an INTERNET
     *     point without a line, known before, at each of A's five</li>
     * <li>findings: MEDIUM UNKNOWN_BEFORE_SURVEY at all ten (OPEN, ACCEPTED, FIXED in turn); HIGH KEV_MATCH OPEN at four
     *     of A; not counted: a SUGGESTED CRITICAL, a DISMISSED LOW, a withdrawn INFO, the withdrawn case's OPEN CRITICAL</li>
     * <li>backup: A's five ADOPT, B's five DECLINE; the withdrawn case's ADOPT not counted</li>
     * <li>checklist: the hospital's はい on one item at all ten and at the withdrawn hospital</li>
     * <li>cases: A's last delivered, B's first with a hearing planned yesterday and not held (overdue)</li>
     * </ul>
     */
    public Built values() {
        String pid = programs.create(20, Map.of(A, 5, B, 5));
        List<String> ha = hospitals(pid, A, 5);
        List<String> hb = hospitals(pid, B, 6);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        ha.forEach(h -> a.add(open(pid, h, A, false)));
        hb.subList(0, 5).forEach(h -> b.add(open(pid, h, B, false)));
        long withdrawn = open(pid, hb.get(5), B, true);
        List<Long> live = new ArrayList<>(a);
        live.addAll(b);
        String[] states = {"OPEN", "ACCEPTED", "FIXED"};
        for (int i = 0; i < live.size(); i++) {
            long c = live.get(i);
            point(c, "REMOTE_MAINTENANCE", "INTERNET_VPN", false);
            finding(c, "UNKNOWN_BEFORE_SURVEY", "MEDIUM", states[i % 3], false);
        }
        for (int i = 0; i < a.size(); i++) {
            point(a.get(i), "INTERNET", null, true);
            if (i < 4) {
                finding(a.get(i), "KEV_MATCH", "HIGH", "OPEN", false);
            }
            plan(a.get(i), "ADOPT");
        }
        b.forEach(c -> plan(c, "DECLINE"));
        finding(a.get(0), "KEV_MATCH", "CRITICAL", "SUGGESTED", false);
        finding(a.get(1), "STALE_PATCH", "LOW", "DISMISSED", false);
        finding(b.get(0), "NO_LOGGING", "INFO", "OPEN", true);
        finding(withdrawn, "KEV_MATCH", "CRITICAL", "OPEN", false);
        point(withdrawn, "EMAIL", "MOBILE", true);
        plan(withdrawn, "ADOPT");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        deliver(a.get(4), today);
        jdbc.sql("INSERT INTO survey_case_step (case_id, step, planned_on) VALUES (:c, 'HEARING', :d)")
                .param("c", b.get(0)).param("d", today.minusDays(1)).update();
        Edition edition = checklists.editionsInForce(2025).stream().filter(e -> e.kind() == EditionKind.CHECKLIST).findFirst()
                .orElseThrow();
        String item = edition.items().stream().filter(i -> !i.perTarget()).map(ChecklistItem::id).findFirst().orElseThrow();
        List<String> answered = new ArrayList<>(ha);
        answered.addAll(hb);
        answered.forEach(h -> answer(h, edition.id(), item, "YES"));
        return new Built(pid, a, b, withdrawn, ha, hb.subList(0, 5), hb.get(5), edition.id(), item);
    }

    /** Five hospitals in A and two in B, each with a REMOTE_MAINTENANCE point: B's figure must stay hidden. */
    public Built smallPrefecture() {
        String pid = programs.create(20, Map.of(A, 5, B, 2));
        List<String> ha = hospitals(pid, A, 5);
        List<String> hb = hospitals(pid, B, 2);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        ha.forEach(h -> a.add(open(pid, h, A, false)));
        hb.forEach(h -> b.add(open(pid, h, B, false)));
        a.forEach(c -> point(c, "REMOTE_MAINTENANCE", "INTERNET_VPN", false));
        b.forEach(c -> point(c, "REMOTE_MAINTENANCE", "INTERNET_VPN", false));
        return new Built(pid, a, b, 0, ha, hb, null, null, null);
    }

    private List<String> hospitals(String pid, String prefecture, int n) {
        return jdbc.sql("""
                SELECT h.code FROM hospital h
                 WHERE h.prefecture_code = :pref
                   AND NOT EXISTS (SELECT 1 FROM survey_case c WHERE c.hospital_code = h.code)
                   AND NOT EXISTS (SELECT 1 FROM checklist_answer a WHERE a.hospital_code = h.code)
                 ORDER BY md5(h.code || :p) LIMIT :n""")
                .param("pref", prefecture).param("p", pid).param("n", n).query(String.class).list()
                .stream().map(String::trim).toList();
    }

    private long open(String pid, String hospital, String prefecture, boolean withdrawn) {
        return jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, withdrawn_at)
                VALUES (:p, :h, :pref, CASE WHEN :w THEN now() END) RETURNING id""")
                .param("p", pid).param("h", hospital).param("pref", prefecture).param("w", withdrawn).query(Long.class).single();
    }

    private void point(long caseId, String purpose, String line, Boolean knownBefore) {
        jdbc.sql("""
                INSERT INTO connection_point (case_id, purpose, line, known_before, status, created_at, created_by, updated_at, updated_by)
                VALUES (:c, :purpose, :line, :known, 'HEARING', now(), 'test', now(), 'test')""")
                .param("c", caseId).param("purpose", purpose).param("line", line).param("known", knownBefore).update();
    }

    private void finding(long caseId, String rule, String severity, String state, boolean withdrawn) {
        jdbc.sql("""
                INSERT INTO finding (case_id, rule, severity, title, state, fixed_on, created_at, created_by, withdrawn_at)
                VALUES (:c, :rule, :severity, 'テストの指摘', :state, CASE WHEN :state = 'FIXED' THEN current_date END, now(), 'test',
                        CASE WHEN :w THEN now() END)""")
                .param("c", caseId).param("rule", rule).param("severity", severity).param("state", state).param("w", withdrawn)
                .update();
    }

    private void plan(long caseId, String choice) {
        jdbc.sql("""
                INSERT INTO backup_plan (case_id, systems, cost_per_tb_min, cost_per_tb_max, declined, decision_choice, decided_on,
                                         updated_by, updated_at)
                VALUES (:c, '[]'::jsonb, 300000, 400000, false, :choice, current_date, 'test', now())""")
                .param("c", caseId).param("choice", choice).update();
    }

    private void deliver(long caseId, LocalDate today) {
        String[] steps = {"ASSIGNMENT", "MEMORANDUM", "PRESURVEY", "HEARING", "ONSITE", "REPORT", "DELIVERY"};
        for (int i = 0; i < steps.length; i++) {
            jdbc.sql("INSERT INTO survey_case_step (case_id, step, planned_on, done_on) VALUES (:c, :s, :d, :d)")
                    .param("c", caseId).param("s", steps[i]).param("d", today.minusDays(20 - i)).update();
        }
    }

    private void answer(String hospital, String edition, String item, String choice) {
        jdbc.sql("""
                INSERT INTO checklist_answer (hospital_code, edition_id, respondent, answers, complete, updated_at, updated_by)
                VALUES (:h, :e, 'HOSPITAL', CAST(:a AS jsonb), false, now(), 'test')
                ON CONFLICT (hospital_code, edition_id, respondent) DO UPDATE SET answers = EXCLUDED.answers""")
                .param("h", hospital).param("e", edition)
                .param("a", "{\"" + item + "\":{\"answer\":\"" + choice + "\",\"checkedOn\":\"2025-06-01\"}}").update();
    }
}
