package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** POST /api/v1/cases/{id}/reschedule-requests: the hospital asks, the request is stored and the contractor told. */
@IntegrationTest
class RescheduleRequestsTest extends CaseFixture {

    Api.Response ask(String token, long id, String step, List<String> dates) {
        return api.post(token, "/api/v1/cases/" + id + "/reschedule-requests", Map.of("step", step, "preferredDates", dates,
                "note", "院内の電子カルテ更新と重なるため"));
    }

    @Test
    void theHospitalsRequestIsStoredAndItsContractorTold() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        String hospital = api.token(Role.HOSPITAL, hospitalOf(0));
        String d1 = today().plusDays(10).toString();
        String d2 = today().plusDays(12).toString();
        Api.Response r = ask(hospital, caseId(0), "HEARING", List.of(d2, d1));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        assertThat(jdbc.sql("SELECT preferred_dates::text FROM survey_reschedule_request WHERE id = :id AND case_id = :c")
                .param("id", id).param("c", caseId(0)).query(String.class).single()).contains(d1).contains(d2);
        String body = jdbc.sql("SELECT body FROM notification WHERE dedupe_key = :k").param("k", "CASE_RESCHEDULE_REQUESTED:" + id)
                .query(String.class).single();
        assertThat(body).contains("ヒアリング").contains("案件番号 " + caseId(0)).contains("電子カルテ更新");
        assertThat(jdbc.sql("SELECT array_to_string(recipients, ',') FROM notification WHERE dedupe_key = :k")
                .param("k", "CASE_RESCHEDULE_REQUESTED:" + id).query(String.class).single()).isEqualTo(subA + "@example.jp");
        assertThat(api.get(hospital, "/api/v1/cases/" + caseId(0)).json().get("history").findValuesAsText("what"))
                .contains("RESCHEDULE_REQUESTED");
    }

    @Test
    void refusals() {
        String hospital = api.token(Role.HOSPITAL, hospitalOf(0));
        String later = today().plusDays(5).toString();
        assertThat(ask(admin, caseId(0), "HEARING", List.of(later)).status()).as("not the hospital").isEqualTo(403);
        assertThat(ask(api.token(Role.HOSPITAL, hospitalOf(1)), caseId(0), "HEARING", List.of(later)).status()).isEqualTo(403);
        assertThat(ask(hospital, caseId(0), "HEARING", List.of(today().minusDays(1).toString())).body()).contains("DATE_IN_PAST");
        assertThat(ask(hospital, caseId(0), "HEARING", List.of("2026-1-1")).status()).isEqualTo(422);
        assertThat(ask(hospital, caseId(0), "HEARING", List.of(later, later, later, later, later, later)).status()).isEqualTo(422);
        assertThat(ask(hospital, caseId(0), "NOPE", List.of(later)).status()).isEqualTo(422);
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        Api.Response done = ask(hospital, caseId(0), "ASSIGNMENT", List.of(later));
        assertThat(done.status()).isEqualTo(422);
        assertThat(done.body()).contains("STEP_DONE");
    }
}
