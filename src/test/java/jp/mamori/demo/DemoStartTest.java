package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.security.RunAs;
import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.TestClockConfig;
import jp.mamori.survey.CaseService;
import jp.mamori.survey.domain.CaseState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The first start with MAMORI_DEMO on gives a newcomer every page with data (its own context and database). */
@SpringBootTest(properties = "mamori.demo=true")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class DemoStartTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.mamori.notify.SelectionNotifier notifier;
    @Autowired
    SurveyDemoSetup surveyDemo;
    @Autowired
    ReportDemoSetup reportDemo;
    @Autowired
    FirstStart firstStart;
    @Autowired
    RunAs runAs;
    @Autowired
    CaseService cases;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theFirstStartLoadsTheRegistryTheProgramNominationsFillsAndOneAccountPerRole() {
        assertThat(count("SELECT count(*) FROM hospital")).isEqualTo(6572);
        assertThat(count("SELECT national_capacity FROM program WHERE id = 'FY2025'")).isEqualTo(2000);
        assertThat(count("SELECT sum(quota) FROM program_quota WHERE program_id = 'FY2025'")).isEqualTo(2000);
        assertThat(count("SELECT count(DISTINCT prefecture_code) FROM nomination_list WHERE program_id = 'FY2025'")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'SELECTED'")).isPositive();
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'INELIGIBLE'")).isPositive();
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND origin = 'DESIGNATION'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND slot = 'NATIONAL'")).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT role FROM app_user").query(String.class).list())
                .containsExactlyInAnyOrder("MHLW_ADMIN", "PREFECTURE", "HOSPITAL", "CONTRACTOR", "AUDITOR");
        notifier.drain();
        assertThat(count("SELECT count(*) FROM notification WHERE event = 'HOSPITAL_SELECTED'"))
                .isEqualTo(count("SELECT count(*) FROM selection_decision WHERE status IN ('SELECTED', 'WITHDRAWN')"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'demo-mhlw'")).isPositive();
    }

    @Test
    void theSurveyDemoHasAContractorAndSubcontractorWithAccountsAndCasesInEveryStateTheStepsReach() {
        assertThat(jdbc.sql("SELECT kind || ' ' || coalesce(parent_id, '-') || ' ' || email FROM organization WHERE id LIKE 'demo-%' ORDER BY id")
                .query(String.class).list()).containsExactly("CONTRACTOR - demo-contractor@example.jp",
                "SUBCONTRACTOR demo-contractor demo-subcontractor@example.jp");
        assertThat(jdbc.sql("SELECT username || ' ' || role || ' ' || organization_id || ' ' || manager FROM app_user"
                + " WHERE organization_id IS NOT NULL ORDER BY username").query(String.class).list()).containsExactly(
                "demo-contractor CONTRACTOR demo-contractor true", "demo-staff CONTRACTOR demo-contractor false",
                "demo-sub CONTRACTOR demo-subcontractor false");
        assertThat(count("SELECT count(*) FROM survey_case WHERE program_id = 'FY2025' AND withdrawn_at IS NULL")).as("a case per selected hospital")
                .isEqualTo(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'SELECTED'"));

        List<CaseService.CaseView> all = runAs.as("demo-mhlw", () ->
                cases.list("FY2025", new CaseService.Filter(null, null, null, false), null, null).cases());
        Map<CaseState, Integer> states = new EnumMap<>(CaseState.class);
        all.forEach(v -> states.merge(v.state(), 1, Integer::sum));
        // the report demo takes two of the cases waiting for their report on: one delivered, one approved
        assertThat(states).containsKeys(CaseState.ASSIGNMENT, CaseState.MEMORANDUM, CaseState.PRESURVEY, CaseState.HEARING,
                CaseState.ONSITE, CaseState.REPORT, CaseState.DELIVERY, CaseState.DELIVERED, CaseState.WITHDRAWN);
        assertThat(states.get(CaseState.REPORT)).isGreaterThanOrEqualTo(1);
        assertThat(states.get(CaseState.DELIVERY)).isEqualTo(1);
        assertThat(states.get(CaseState.DELIVERED)).isEqualTo(1);
        assertThat(states.get(CaseState.ONSITE)).isGreaterThanOrEqualTo(3);
        assertThat(states.get(CaseState.HEARING)).isGreaterThanOrEqualTo(3);
        assertThat(all.stream().filter(v -> !v.overdue().isEmpty())).as("one overdue case").hasSize(1);
        assertThat(all.stream().filter(v -> v.surveyCase().sharedWithPrefecture())).as("one case shared with its prefecture").singleElement()
                .satisfies(v -> assertThat(v.surveyCase().hospital().value()).isEqualTo(
                        jdbc.sql("SELECT hospital_code FROM app_user WHERE username = 'demo-surveyed'").query(String.class).single().trim()));
        assertThat(all.stream().filter(v -> v.state() != CaseState.WITHDRAWN && v.surveyCase().prefecture().value().matches("04|40")))
                .isNotEmpty().allSatisfy(v -> assertThat(v.surveyCase().organizationId()).isEqualTo("demo-subcontractor"));
        assertThat(all.stream().filter(v -> v.state() == CaseState.ASSIGNMENT))
                .allSatisfy(v -> assertThat(v.surveyCase().prefecture().value()).isEqualTo("34"));
        assertThat(count("SELECT count(*) FROM survey_assignment_rule WHERE program_id = 'FY2025'")).isEqualTo(7);
        LocalDate today = LocalDate.now(JapaneseDates.TOKYO);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM survey_case_step s JOIN survey_case c ON c.id = s.case_id
                 WHERE c.program_id = 'FY2025' AND s.step IN ('HEARING', 'ONSITE') AND s.done_on IS NULL
                   AND s.planned_on BETWEEN :today AND :later""").param("today", today).param("later", today.plusWeeks(4))
                .query(Long.class).single()).as("the week view has hearings and visits to show").isGreaterThanOrEqualTo(8);

        String before = snapshot();
        assertThat(firstStart.complete(SetupStep.DEMO_SURVEY, surveyDemo::setUp)).as("the step is done").isFalse();
        surveyDemo.setUp();
        assertThat(firstStart.complete(SetupStep.DEMO_REPORT, reportDemo::setUp)).as("the report step is done").isFalse();
        reportDemo.setUp();
        assertThat(snapshot()).as("running the steps again changes nothing").isEqualTo(before);
        assertThat(jdbc.sql("""
                SELECT v.state || ' ' || (v.document_id IS NOT NULL) FROM report_version v JOIN survey_case c ON c.id = v.case_id
                 WHERE c.program_id = 'FY2025' ORDER BY v.state""").query(String.class).list())
                .as("one report approved, one delivered with its PDF stored").containsExactly("APPROVED false", "DELIVERED true");
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM connection_point p WHERE p.case_id = v.case_id) || ' '
                       || (SELECT count(*) FROM finding f WHERE f.case_id = v.case_id AND f.rule = 'KEV_MATCH' AND f.state = 'OPEN')
                  FROM report_version v JOIN survey_case c ON c.id = v.case_id WHERE c.program_id = 'FY2025'""").query(String.class).list())
                .as("what the demo summary speaks of is in the report: four points, the FortiGate's KEV match confirmed")
                .containsExactly("4 1", "4 1");
    }

    /** Everything the survey demo writes, but the audit trail (where the second run's reads are, as they should be). */
    String snapshot() {
        return jdbc.sql("""
                SELECT concat_ws(' ',
                  (SELECT count(*) FROM organization), (SELECT count(*) FROM app_user),
                  (SELECT string_agg(username || ':' || version, ',' ORDER BY username) FROM app_user),
                  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM survey_case),
                  (SELECT count(*) FROM survey_case_history), (SELECT count(*) FROM survey_case_step),
                  (SELECT count(*) FROM survey_document), (SELECT count(*) FROM survey_questionnaire),
                  (SELECT count(*) FROM survey_assignment_rule), (SELECT count(*) FROM notification),
                  (SELECT count(*) FROM report_version))""")
                .query(String.class).single();
    }
}
