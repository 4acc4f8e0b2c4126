package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.support.Api;
import jp.mamori.support.TestContractors;
import jp.mamori.survey.SurveyFixture;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SurveyFixture's case (a subcontractor's, with every party) with its memorandum signed and the subcontractor's staff
 * account as lead, plus a second account of the subcontractor. {@link #onsiteDone} writes the steps PRESURVEY to
 * ONSITE as done today straight into the table: how they got done is the survey's tests' business, not the report's.
 */
@Component
@Lazy
class ReportFixture {

    record Case(SurveyFixture.Parties p, String organizationId, String colleague, String colleagueName) {
        long id() {
            return p.caseId();
        }

        String report() {
            return "/api/v1/cases/" + p.caseId() + "/report";
        }
    }

    private final SurveyFixture survey;
    private final Api api;
    private final JdbcClient jdbc;
    private final TestContractors contractors;

    ReportFixture(SurveyFixture survey, Api api, JdbcClient jdbc, TestContractors contractors) {
        this.survey = survey;
        this.api = api;
        this.jdbc = jdbc;
        this.contractors = contractors;
    }

    Case create() {
        SurveyFixture.Parties p = survey.create();
        survey.signMemorandum(p);
        String org = jdbc.sql("SELECT organization_id FROM survey_case WHERE id = :id").param("id", p.caseId()).query(String.class).single();
        Api.Response lead = api.put(p.admin(), "/api/v1/cases/" + p.caseId() + "/assignment",
                Map.of("organizationId", org, "leadUsername", p.subAStaff()));
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        String name = contractors.account(org, false);
        return new Case(p, org, api.login(name, TestContractors.PASSWORD), name);
    }

    void onsiteDone(Case c) {
        for (String step : List.of("PRESURVEY", "HEARING", "ONSITE")) {
            jdbc.sql("""
                    INSERT INTO survey_case_step (case_id, step, done_on) VALUES (:c, :s, :d)
                    ON CONFLICT (case_id, step) DO UPDATE SET done_on = EXCLUDED.done_on
                    """).param("c", c.id()).param("s", step).param("d", survey.today()).update();
        }
    }

    /** Written by the lead, approved by the colleague: REPORT done. */
    void approved(Case c) {
        onsiteDone(c);
        write(c, "総括です。", List.of("VPNの多要素認証", "バックアップの分離"));
        Api.Response r = api.post(c.colleague(), c.report() + "/approve", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    Api.Response write(Case c, String summary, List<String> priorities) {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", summary);
        body.put("priorities", priorities);
        Api.Response r = api.put(c.p().subA(), c.report(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    String reportDone(Case c) {
        return step(c, "REPORT");
    }

    String step(Case c, String step) {
        Api.Response r = api.get(c.p().subA(), "/api/v1/cases/" + c.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var done = r.json().get("steps").get(step).get("doneOn");
        return done == null || done.isNull() ? null : done.asText();
    }

    Api.Response deliver(Case c) {
        return api.put(c.p().subA(), "/api/v1/cases/" + c.id() + "/steps/DELIVERY", Map.of("doneOn", survey.today().toString()));
    }

    /** A point added to the inventory by the contractor: a change the report rests on. */
    void changeInventory(Case c) {
        Map<String, Object> m = jp.mamori.inventory.Rows.quiet();
        Api.Response r = api.post(c.p().subA(), "/api/v1/cases/" + c.id() + "/connections", m);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    long audits(String action, long caseId) {
        return survey.audits(action, String.valueOf(caseId));
    }
}
