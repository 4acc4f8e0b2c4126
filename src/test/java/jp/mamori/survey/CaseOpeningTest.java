package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.selection.SelectionService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases open and close with selection, in the selection's transaction (survey.md, Survey case). */
@IntegrationTest
class CaseOpeningTest {

    static final String PREF = "24";

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseRepository cases;
    @Autowired
    CaseLedger ledger;
    @Autowired
    SelectionService selection;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    jp.mamori.support.TestData data;

    List<Hospital> hospitals(int n) {
        data.ensureRegistry();
        return registry.hospitalsIn(new PrefectureCode(PREF)).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(n).toList();
    }

    String programWithNominations(int quota, List<Hospital> nominated) {
        String pid = programs.create(20, Map.of(PREF, quota));
        Api.Response r = api.upload(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(PREF), Forms.eligibleRows(nominated)), "l.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return pid;
    }

    void fill(String pid) {
        Api.Response r = api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/fill",
                Map.of("scope", "PREFECTURES"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    Set<String> selected(String pid) {
        return new HashSet<>(jdbc.sql("SELECT hospital_code FROM selection_decision WHERE program_id = :p AND status = 'SELECTED'")
                .param("p", pid).query(String.class).list());
    }

    Map<String, CaseState> caseStates(String pid) {
        Map<String, CaseState> out = new HashMap<>();
        cases.ofProgram(pid).forEach(c -> out.put(c.hospital().value(), c.state()));
        return out;
    }

    Api.Response withdraw(String pid, String code) {
        return api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", code, "reason", "病院から辞退の連絡があったため"));
    }

    @Test
    void aFillOpensOneCaseForEachSelectedHospitalAndNoneForTheOthers() {
        List<Hospital> hs = hospitals(4);
        String pid = programWithNominations(2, hs);
        fill(pid);
        Set<String> selected = selected(pid);
        assertThat(selected).hasSize(2);
        assertThat(caseStates(pid)).containsOnlyKeys(selected.toArray(String[]::new))
                .allSatisfy((h, s) -> assertThat(s).isEqualTo(CaseState.ASSIGNMENT));
        fill(pid);
        assertThat(cases.ofProgram(pid)).as("a second fill opens nothing twice").hasSize(2);
        long opened = jdbc.sql("""
                SELECT count(*) FROM survey_case_history h JOIN survey_case c ON c.id = h.case_id
                 WHERE c.program_id = :p AND h.what = 'OPENED'""").param("p", pid).query(Long.class).single();
        assertThat(opened).isEqualTo(2);
    }

    @Test
    void aWithdrawalWithdrawsTheCaseAndOpensTheReplacementsCase() {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(2, hs);
        fill(pid);
        String leaving = selected(pid).iterator().next();
        Api.Response w = withdraw(pid, leaving);
        assertThat(w.status()).as(w.body()).isEqualTo(200);
        String replacement = w.json().get("replacement").asText();
        Map<String, CaseState> states = caseStates(pid);
        assertThat(states).containsEntry(leaving, CaseState.WITHDRAWN).containsEntry(replacement, CaseState.ASSIGNMENT).hasSize(3);
        long withdrawnCase = cases.find(pid, new jp.mamori.shared.HospitalCode(leaving)).orElseThrow().id();
        assertThat(cases.history(withdrawnCase)).extracting(CaseHistoryEntry::what).containsExactly("OPENED", "WITHDRAWN");
        assertThat(cases.history(withdrawnCase).get(1).note()).contains("病院から辞退の連絡");
    }

    @Test
    void aDesignationOpensTheDesignatedHospitalsCase() {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(3, hs.subList(0, 2));
        fill(pid);
        Hospital designated = hs.get(2);
        Api.Response d = api.post(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/designations",
                Map.of("hospitalCode", designated.code().value(), "consent", true, "emr", "全部導入", "support", "両方",
                        "contacts", List.of(Map.of("department", "情報システム課", "name", "鈴木 一郎", "phone", "059-123-4567",
                                "email", "it@example.jp"),
                        Map.of("department", "事務部", "name", "高橋 次郎", "phone", "059-123-4568", "email", "jimu@example.jp"))));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        assertThat(caseStates(pid)).containsEntry(designated.code().value(), CaseState.ASSIGNMENT).hasSize(3);
        assertThat(caseStates(pid).keySet()).isEqualTo(selected(pid));
    }

    @Test
    void aCaseOpenedAfterThePrefecturesAssignmentIsAssignedByItsRuleAtOnce() {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(3, hs.subList(0, 2));
        fill(pid);
        String admin = api.token(Role.MHLW_ADMIN, null);
        String org = "rule-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post(admin, "/api/v1/organizations",
                Map.of("id", org, "name", "株式会社 " + org, "kind", "CONTRACTOR", "email", org + "@example.jp"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response bulk = api.put(admin, "/api/v1/programs/" + pid + "/cases/assignment", Map.of("prefectureCode", PREF, "organizationId", org));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.json().get("assigned").asInt()).isEqualTo(2);

        Hospital designated = hs.get(2);
        Api.Response d = api.post(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/designations",
                Map.of("hospitalCode", designated.code().value(), "consent", true, "emr", "全部導入", "support", "両方",
                        "contacts", List.of(Map.of("department", "情報システム課", "name", "鈴木 一郎", "phone", "059-123-4567",
                                "email", "it@example.jp"),
                        Map.of("department", "事務部", "name", "高橋 次郎", "phone", "059-123-4568", "email", "jimu@example.jp"))));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        SurveyCase opened = cases.find(pid, designated.code()).orElseThrow();
        assertThat(opened.organizationId()).isEqualTo(org);
        assertThat(opened.state()).as("ASSIGNMENT done on opening").isEqualTo(CaseState.MEMORANDUM);
        assertThat(cases.history(opened.id())).extracting(CaseHistoryEntry::what).containsExactly("OPENED", "ASSIGNED");
    }

    @Test
    void aSelectionChangeRolledBackLeavesNoCaseAndARefusedOneChangesNone() {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(2, hs);
        transactions.executeWithoutResult(tx -> {
            AsUser.admin(() -> selection.fill(pid, SelectionService.Scope.PREFECTURES));
            assertThat(cases.ofProgram(pid)).as("inside the fill's transaction").hasSize(2);
            tx.setRollbackOnly();
        });
        assertThat(cases.ofProgram(pid)).isEmpty();
        assertThat(selected(pid)).isEmpty();

        fill(pid);
        String waiting = hs.stream().map(h -> h.code().value()).filter(c -> !selected(pid).contains(c)).findFirst().orElseThrow();
        assertThat(withdraw(pid, waiting).status()).isEqualTo(409);
        assertThat(caseStates(pid)).doesNotContainKey(waiting).hasSize(2)
                .allSatisfy((h, s) -> assertThat(s).isEqualTo(CaseState.ASSIGNMENT));
    }

    @Test
    void aDeliveredHospitalCannotWithdrawAndItsCompletionCountsForNextYear() {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(2, hs);
        fill(pid);
        String code = selected(pid).iterator().next();
        SurveyCase c = cases.find(pid, new jp.mamori.shared.HospitalCode(code)).orElseThrow();
        LocalDate day = LocalDate.now(jp.mamori.shared.JapaneseDates.TOKYO).minusDays(10);
        Map<CaseStep, StepRow> done = new EnumMap<>(CaseStep.class);
        for (CaseStep s : CaseStep.values()) {
            done.put(s, StepRow.empty(s).withDone(day.plusDays(s.ordinal())));
        }
        // delivery freezes an approved report (the report module refuses it otherwise): one approved, as by four eyes
        jdbc.sql("""
                INSERT INTO report_version (case_id, version, summary, state, written_by, written_at, approved_by, approved_at, created_at)
                VALUES (:c, 1, '総括', 'APPROVED', 'lead', now(), 'approver', now(), now())""").param("c", c.id()).update();
        transactions.executeWithoutResult(tx -> ledger.saveSteps(c, done, "test", null));
        assertThat(cases.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.DELIVERED);
        assertThat(jdbc.sql("SELECT completed_on FROM survey_completion WHERE program_id = :p AND hospital_code = :h")
                .param("p", pid).param("h", code).query(LocalDate.class).single()).isEqualTo(day.plusDays(6));

        Api.Response w = withdraw(pid, code);
        assertThat(w.status()).as(w.body()).isEqualTo(409);
        assertThat(w.json().get("code").asText()).isEqualTo("SURVEY_DELIVERED");
        assertThat(selected(pid)).contains(code);
        assertThat(cases.find(c.id()).orElseThrow().withdrawn()).isFalse();

        // next year's program reads the completion: the hospital is no longer eligible
        String next = programs.following(pid, 10, Map.of(PREF, 2));
        Api.Response r = api.upload(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + next + "/prefectures/" + PREF + "/nominations",
                Forms.workbook("x", new PrefectureCode(PREF), Forms.eligibleRows(hs.stream()
                        .filter(h -> h.code().value().equals(code)).toList())), "l.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode decision = api.get(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + next + "/selection")
                .json().get("decisions").get(0);
        assertThat(decision.get("reasons").toString()).contains("COMPLETED_PREVIOUS_YEAR");

        // a cleared delivery (a correction) takes the completion back
        SurveyCase delivered = cases.find(c.id()).orElseThrow();
        Map<CaseStep, StepRow> cleared = new EnumMap<>(CaseStep.class);
        cleared.put(CaseStep.DELIVERY, delivered.row(CaseStep.DELIVERY).withDone(null));
        transactions.executeWithoutResult(tx -> ledger.saveSteps(delivered, cleared, "test", "誤登録"));
        assertThat(jdbc.sql("SELECT count(*) FROM survey_completion WHERE program_id = :p AND hospital_code = :h")
                .param("p", pid).param("h", code).query(Long.class).single()).isZero();
    }

    @Test
    void theMigrationOpensTheCasesOfAProgramSelectedBeforeIt() throws Exception {
        List<Hospital> hs = hospitals(3);
        String pid = programWithNominations(2, hs);
        fill(pid);
        String leaving = selected(pid).iterator().next();
        assertThat(withdraw(pid, leaving).status()).isEqualTo(200);
        Set<String> selectedBefore = selected(pid);
        String sql = new String(getClass().getResourceAsStream("/db/migration/V91__survey_cases.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String backfill = sql.substring(sql.indexOf("-- Programs selected before this migration"),
                sql.indexOf("-- The vault's documents"));
        // as before the migration: no case anywhere; then its statements, and everything rolled back after
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM survey_document").update();
            jdbc.sql("DELETE FROM survey_case").update();
            for (String statement : backfill.split(";\\s*\\n")) {
                if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
            Map<String, CaseState> states = caseStates(pid);
            assertThat(states).hasSize(3).containsEntry(leaving, CaseState.WITHDRAWN);
            selectedBefore.forEach(h -> assertThat(states).containsEntry(h, CaseState.ASSIGNMENT));
            long withdrawnCase = cases.find(pid, new jp.mamori.shared.HospitalCode(leaving)).orElseThrow().id();
            assertThat(cases.history(withdrawnCase)).extracting(CaseHistoryEntry::what).containsExactly("OPENED", "WITHDRAWN");
            tx.setRollbackOnly();
        });
        assertThat(cases.ofProgram(pid)).hasSize(3);
    }
}
