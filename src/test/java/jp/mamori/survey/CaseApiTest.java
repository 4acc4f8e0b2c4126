package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestPrograms;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cases API of api-survey.md, per role: scope, contacts, assignment, steps and their refusals, paging, sharing. */
@IntegrationTest
class CaseApiTest extends CaseFixture {

    @Test
    void eachRoleSeesTheCasesOfItsScope() {
        assertThat(assign(admin, caseId(0), prime, null, null).status()).isEqualTo(200);
        assertThat(assign(admin, caseId(1), subA, null, null).status()).isEqualTo(200);

        assertThat(list(api.token(Role.AUDITOR, null), "")).hasSize(3);
        assertThat(list(api.token(Role.PREFECTURE, PREF), "")).hasSize(3);
        assertThat(list(api.token(Role.PREFECTURE, "13"), "")).isEmpty();
        assertThat(list(token(primeStaff), "")).extracting(c -> c.get("id").asLong()).containsExactlyInAnyOrder(caseId(0), caseId(1));
        assertThat(list(token(subAStaff), "")).extracting(c -> c.get("id").asLong()).containsExactly(caseId(1));
        assertThat(list(token(subBStaff), "")).isEmpty();
        assertThat(list(api.token(Role.HOSPITAL, hospitalOf(2)), "")).extracting(c -> c.get("id").asLong()).containsExactly(caseId(2));
        assertThat(list(admin, "?organizationId=" + subA)).hasSize(1);
        assertThat(list(admin, "?state=MEMORANDUM")).hasSize(2);
        assertThat(list(admin, "?state=ASSIGNMENT")).hasSize(1);
        assertThat(list(admin, "?prefectureCode=13")).isEmpty();

        assertThat(api.get(token(subBStaff), "/api/v1/cases/" + caseId(1)).status()).as("another subcontractor").isEqualTo(403);
        assertThat(api.get(api.token(Role.PREFECTURE, "13"), "/api/v1/cases/" + caseId(1)).status()).as("another prefecture").isEqualTo(403);
        assertThat(api.get(api.token(Role.HOSPITAL, hospitalOf(2)), "/api/v1/cases/" + caseId(1)).status()).as("another hospital").isEqualTo(403);
        assertThat(api.get(null, "/api/v1/cases/" + caseId(1)).status()).isEqualTo(401);
        assertThat(api.get(admin, "/api/v1/cases/99999999").status()).isEqualTo(404);
    }

    @Test
    void contactsAndHistoryOnlyForTheAssignedContractorAndTheHospitalAndTheirReadIsAudited() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        for (String token : List.of(admin, api.token(Role.AUDITOR, null), api.token(Role.PREFECTURE, PREF))) {
            JsonNode c = api.get(token, "/api/v1/cases/" + caseId(0)).json();
            assertThat(c.has("contacts")).isFalse();
            assertThat(c.has("history")).isFalse();
            assertThat(c.get("state").asText()).isEqualTo("MEMORANDUM");
            assertThat(c.get("sharedWithPrefecture").asBoolean()).isFalse();
        }
        for (String token : List.of(token(subAStaff), token(primeStaff), api.token(Role.HOSPITAL, hospitalOf(0)))) {
            JsonNode c = api.get(token, "/api/v1/cases/" + caseId(0)).json();
            assertThat(c.get("contacts").size()).isGreaterThanOrEqualTo(2);
            assertThat(c.get("contacts").get(0).has("email")).isTrue();
            assertThat(c.get("history").findValuesAsText("what")).contains("OPENED", "ASSIGNED", "STEP_ASSIGNMENT");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SURVEY_CASE_READ' AND entity_id = :id")
                .param("id", String.valueOf(caseId(0))).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void assignmentCompletesTheFirstStepAndAManagerMovesCasesOnlyAmongItsOwn() {
        String yesterday = today().minusDays(1).toString();
        assertThat(assign(admin, caseId(0), prime, null, today().plusDays(1).toString()).status()).as("future").isEqualTo(422);
        Api.Response notTheirs = assign(admin, caseId(0), subA, subBStaff, null);
        assertThat(notTheirs.status()).isEqualTo(422);
        assertThat(notTheirs.body()).contains("leadUsername");
        Api.Response first = assign(admin, caseId(0), subA, primeStaff, yesterday);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("steps").get("ASSIGNMENT").get("doneOn").asText()).isEqualTo(yesterday);
        assertThat(first.json().get("leadUsername").asText()).isEqualTo(primeStaff);

        assertThat(assign(token(primeStaff), caseId(0), subB, null, null).status()).as("not a manager").isEqualTo(403);
        assertThat(assign(token(subAManager), caseId(0), subB, null, null).status()).as("a subcontractor's manager").isEqualTo(403);
        Api.Response moved = assign(token(primeManager), caseId(0), subB, subBStaff, null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("organizationId").asText()).isEqualTo(subB);
        assertThat(moved.json().get("steps").get("ASSIGNMENT").get("doneOn").asText()).as("kept").isEqualTo(yesterday);
        String other = organization("other-" + UUID.randomUUID().toString().substring(0, 6), "CONTRACTOR", null);
        assertThat(assign(token(primeManager), caseId(0), other, null, null).status()).as("another contractor").isEqualTo(422);
        assertThat(assign(api.token(Role.PREFECTURE, PREF), caseId(0), prime, null, null).status()).isEqualTo(403);
        assertThat(assign(token(subBStaff), caseId(1), subB, null, null).status()).as("unassigned case").isEqualTo(403);
    }

    @Test
    void stepRefusalsComeInTheOrderOfTheContract() {
        long id = caseId(0);
        String staff = token(subAStaff);
        assertThat(step(staff, id, "MEMORANDUM", Map.of("doneOn", today().toString())).status()).as("unassigned").isEqualTo(403);
        assertThat(assign(admin, id, subA, subAStaff, today().minusDays(5).toString()).status()).isEqualTo(200);

        Api.Response order = step(staff, id, "HEARING", Map.of("doneOn", today().toString()));
        assertThat(order.status()).isEqualTo(409);
        assertThat(order.json().get("code").asText()).isEqualTo("STEP_ORDER");
        Api.Response incomplete = step(staff, id, "MEMORANDUM", Map.of("doneOn", today().toString()));
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.json().get("code").asText()).isEqualTo("STEP_INCOMPLETE");
        assertThat(incomplete.body()).contains("覚書");

        vault.store(pid, id, DocumentKind.MEMORANDUM, "覚書.pdf", new ByteArrayInputStream(pdf()), -1, subAStaff);
        Api.Response future = step(staff, id, "MEMORANDUM", Map.of("doneOn", today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("INVALID_VALUE").contains("未来");
        assertThat(step(staff, id, "MEMORANDUM", Map.of("doneOn", today().minusDays(6).toString())).body())
                .as("before the previous step").contains("INVALID_VALUE");
        Api.Response done = step(staff, id, "MEMORANDUM", Map.of("doneOn", today().minusDays(2).toString(), "note", "三者で署名"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("state").asText()).isEqualTo("PRESURVEY");

        Api.Response correction = step(staff, id, "MEMORANDUM", Map.of("doneOn", today().minusDays(1).toString()));
        assertThat(correction.status()).as("a non-manager corrects").isEqualTo(403);
        assertThat(correction.json().get("code").asText()).isEqualTo("CORRECTION_NOT_ALLOWED");
        assertThat(correction.json().get("detail").asText()).contains("訂正できるのは事業者の管理者または厚生労働省です。");
        String manager = token(subAManager);
        Api.Response noReason = step(manager, id, "MEMORANDUM", Map.of("doneOn", today().minusDays(1).toString()));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("REASON_REQUIRED");
        assertThat(step(manager, id, "MEMORANDUM", Map.of("doneOn", today().minusDays(1).toString(), "reason", "署名日の誤記"))
                .status()).isEqualTo(200);
        assertThat(step(staff, id, "PRESURVEY", Map.of("doneOn", today().toString())).status()).isEqualTo(422);
        assertThat(step(api.token(Role.HOSPITAL, hospitalOf(0)), id, "HEARING", Map.of("plannedOn", today().toString())).status())
                .as("the hospital sets nothing here").isEqualTo(403);
        assertThat(step(token(subBStaff), id, "HEARING", Map.of("plannedOn", today().toString())).status()).isEqualTo(403);

        // planned dates for any step at any time: a hearing planned yesterday and not held is overdue
        Map<String, Object> plan = new HashMap<>();
        plan.put("plannedOn", today().minusDays(1).toString());
        plan.put("plannedTime", "13:30");
        plan.put("durationMinutes", 90);
        plan.put("surveyors", List.of(subAStaff));
        plan.put("mode", "ONLINE");
        plan.put("attendees", List.of(Map.of("name", "山田 太郎", "organization", "○○メディカル株式会社")));
        Api.Response planned = step(staff, id, "HEARING", plan);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().get("steps").get("HEARING").get("plannedTime").asText()).isEqualTo("13:30");
        assertThat(planned.json().get("overdue").toString()).contains("HEARING");
        assertThat(list(admin, "?overdue=true")).extracting(c -> c.get("id").asLong()).contains(id);
        assertThat(list(admin, "").get(0).get("id").asLong()).as("overdue first").isEqualTo(id);

        assertThat(api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", hospitalOf(0), "reason", "辞退の連絡")).status()).isEqualTo(200);
        Api.Response withdrawn = step(staff, id, "HEARING", Map.of("plannedOn", today().toString()));
        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().get("code").asText()).isEqualTo("CASE_WITHDRAWN");
    }

    @Test
    void pagingAddsTheTotalAndBulkAssignmentKeepsItsRuleForCasesOpenedLater() {
        Api.Response page = api.get(admin, "/api/v1/programs/" + pid + "/cases?page=0&size=2");
        assertThat(page.json().get("cases").size()).isEqualTo(2);
        assertThat(page.json().get("total").asInt()).isEqualTo(3);
        assertThat(api.get(admin, "/api/v1/programs/" + pid + "/cases?page=1&size=2").json().get("cases").size()).isEqualTo(1);
        assertThat(api.get(admin, "/api/v1/programs/" + pid + "/cases").json().has("total")).isFalse();

        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        Api.Response bulk = api.put(admin, "/api/v1/programs/" + pid + "/cases/assignment", Map.of("prefectureCode", PREF, "organizationId", prime));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.json().get("assigned").asInt()).isEqualTo(2);
        assertThat(api.put(token(primeManager), "/api/v1/programs/" + pid + "/cases/assignment",
                Map.of("prefectureCode", PREF, "organizationId", prime)).status()).isEqualTo(403);

        Api.Response w = api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", hospitalOf(1), "reason", "辞退の連絡"));
        assertThat(w.status()).as(w.body()).isEqualTo(200);
        String replacement = w.json().get("replacement").asText();
        JsonNode opened = list(admin, "").stream().filter(c -> c.get("hospitalCode").asText().equals(replacement)).findFirst().orElseThrow();
        assertThat(opened.get("organizationId").asText()).isEqualTo(prime);
        assertThat(opened.get("state").asText()).isEqualTo("MEMORANDUM");
        assertThat(list(admin, "?state=WITHDRAWN")).hasSize(1);
    }

    @Test
    void onlyTheHospitalSharesItsOwnCaseWithItsPrefecture() {
        long id = caseId(0);
        Api.Response shared = api.put(api.token(Role.HOSPITAL, hospitalOf(0)), "/api/v1/cases/" + id + "/sharing", Map.of("prefecture", true));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("sharedWithPrefecture").asBoolean()).isTrue();
        assertThat(api.put(api.token(Role.HOSPITAL, hospitalOf(1)), "/api/v1/cases/" + id + "/sharing", Map.of("prefecture", false))
                .status()).isEqualTo(403);
        assertThat(api.put(admin, "/api/v1/cases/" + id + "/sharing", Map.of("prefecture", false)).status()).isEqualTo(403);
        assertThat(api.put(api.token(Role.PREFECTURE, PREF), "/api/v1/cases/" + id + "/sharing", Map.of("prefecture", false))
                .status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.PREFECTURE, PREF), "/api/v1/cases/" + id).json().get("sharedWithPrefecture").asBoolean()).isTrue();
    }

    @Test
    void theProgramsSurveyTargetsDecideWhenAStepIsOverdue() {
        long id = caseId(0);
        assertThat(assign(admin, id, subA, null, today().minusDays(10).toString()).status()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/cases/" + id).json().get("overdue").toString()).as("default 14 days").doesNotContain("MEMORANDUM");

        JsonNode program = api.get(admin, "/api/v1/programs/" + pid).json();
        assertThat(program.get("surveyTargets").size()).isZero();
        Map<String, Object> body = programBody(program);
        body.put("surveyTargets", Map.of("MEMORANDUM", 7));
        Api.Response put = api.put(admin, "/api/v1/programs/" + pid, body);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("surveyTargets").get("MEMORANDUM").asInt()).isEqualTo(7);
        assertThat(api.get(admin, "/api/v1/cases/" + id).json().get("overdue").toString()).contains("MEMORANDUM");

        body.put("surveyTargets", Map.of("ASSIGNMENT", 3, "HEARING", 0));
        Api.Response bad = api.put(admin, "/api/v1/programs/" + pid, body);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("surveyTargets.ASSIGNMENT").contains("surveyTargets.HEARING");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> programBody(JsonNode program) {
        Map<String, Object> all = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(program, Map.class);
        Map<String, Object> body = new HashMap<>();
        for (String k : List.of("name", "fiscalYear", "ruleSet", "nationalCapacity", "submissionDeadline", "onsiteCompletionDeadline",
                "emrDeadline", "previousProgramId", "bedBands", "bandSpill", "quotas", "priorityKeys")) {
            body.put(k, all.get(k));
        }
        return body;
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
