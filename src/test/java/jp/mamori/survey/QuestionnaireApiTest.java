package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** api-survey.md, Questionnaire, per role; and PRESURVEY completing itself on the last missing piece. */
@IntegrationTest
class QuestionnaireApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;

    @BeforeEach
    void setUp() {
        p = fixture.create();
    }

    String path() {
        return "/api/v1/cases/" + p.caseId() + "/questionnaire";
    }

    static Map<String, Object> allButSystems() {
        Map<String, Object> a = new HashMap<>();
        a.put("staff.it", "３");
        a.put("staff.itFullTime", "はい");
        a.put("connections.known", 4);
        a.put("connections.controlled", "わからない");
        a.put("backup.frequency", "毎日");
        a.put("backup.generations", "はい");
        a.put("backup.offline", "いいえ");
        return a;
    }

    static List<Map<String, Object>> systems() {
        Map<String, Object> emr = new HashMap<>();
        emr.put("name", "電子カルテ");
        emr.put("kind", "EMR");
        emr.put("vendor", "A社");
        emr.put("remoteMaintenance", true);
        return List.of(emr);
    }

    Api.Response answer(String token, Map<String, Object> answers) {
        return api.put(token, path(), Map.of("answers", answers));
    }

    @Test
    void theEditionsAreReferenceData() {
        JsonNode editions = api.get(p.hospital(), "/api/v1/questionnaires").json().get("editions");
        List<String> ids = new ArrayList<>();
        editions.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains("Q2025");
        JsonNode q = api.get(p.subA(), "/api/v1/questionnaires/Q2025").json();
        List<String> items = new ArrayList<>();
        q.get("items").forEach(i -> items.add(i.get("id").asText()));
        assertThat(items).contains("staff.it", "staff.itFullTime", "systems", "connections.known", "connections.controlled",
                "backup.frequency", "backup.generations", "backup.offline", "backup.restoreTestedOn");
        assertThat(q.get("items").get(1).get("choices")).hasSize(2);
        assertThat(api.get(p.hospital(), "/api/v1/questionnaires/Q1999").status()).isEqualTo(404);
    }

    @Test
    void aDraftIsKeptMergedAndCompletedWithFullWidthDigitsNormalised() {
        Api.Response early = answer(p.hospital(), Map.of("staff.it", 3));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("MEMORANDUM_PENDING");
        fixture.signMemorandum(p);

        Api.Response draft = answer(p.hospital(), allButSystems());
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("edition").asText()).isEqualTo("Q2025");
        assertThat(draft.json().get("complete").asBoolean()).isFalse();
        assertThat(draft.json().get("missing").get(0).asText()).isEqualTo("systems");
        assertThat(draft.json().get("answers").get("staff.it").asInt()).as("全角の３").isEqualTo(3);

        Api.Response complete = answer(p.subA(), Map.of("systems", systems()));
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().get("complete").asBoolean()).isTrue();
        assertThat(complete.json().get("missing")).isEmpty();
        assertThat(complete.json().get("answers").get("backup.offline").asText()).as("merged with what was stored").isEqualTo("いいえ");

        Map<String, Object> clear = new HashMap<>();
        clear.put("staff.it", null);
        Api.Response cleared = answer(p.hospital(), clear);
        assertThat(cleared.json().get("complete").asBoolean()).isFalse();
        assertThat(cleared.json().get("missing").get(0).asText()).isEqualTo("staff.it");
        JsonNode read = api.get(p.hospital(), path()).json();
        assertThat(read.get("answers").has("staff.it")).isFalse();
        assertThat(read.get("answers").get("systems").get(0).get("vendor").asText()).isEqualTo("A社");
        assertThat(fixture.audits("SURVEY_QUESTIONNAIRE_ANSWERED", String.valueOf(p.caseId()))).isEqualTo(3);
    }

    @Test
    void everyProblemIsReportedAndNothingIsStored() {
        fixture.signMemorandum(p);
        Map<String, Object> bad = new HashMap<>();
        bad.put("staff.it", "たくさん");
        bad.put("staff.itFullTime", "たぶん");
        bad.put("backup.restoreTestedOn", fixture.today().plusDays(3).toString());
        bad.put("no.such", "x");
        bad.put("backup.offline", "はい");
        Api.Response r = answer(p.hospital(), bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("column").asText()));
        assertThat(fields).containsExactlyInAnyOrder("staff.it", "staff.itFullTime", "backup.restoreTestedOn", "no.such");
        assertThat(api.get(p.hospital(), path()).json().get("answers")).isEmpty();
    }

    @Test
    void whoReadsAndWritesTheQuestionnaire() {
        fixture.signMemorandum(p);
        assertThat(answer(p.hospital(), Map.of("staff.it", 2)).status()).isEqualTo(200);
        assertThat(api.get(p.subA(), path()).status()).isEqualTo(200);
        assertThat(api.get(p.prime(), path()).status()).isEqualTo(200);
        long reads = fixture.audits("SURVEY_QUESTIONNAIRE_READ", String.valueOf(p.caseId()));
        assertThat(reads).as("each confidential read audited").isGreaterThanOrEqualTo(2);
        for (String outsider : List.of(p.otherHospital(), p.subB(), p.admin(), p.auditor(), p.prefecture())) {
            assertThat(api.get(outsider, path()).status()).isEqualTo(403);
            assertThat(answer(outsider, Map.of("staff.it", 9)).status()).isEqualTo(403);
        }
        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        Api.Response shared = api.get(p.prefecture(), path());
        assertThat(shared.status()).as("with consent").isEqualTo(200);
        assertThat(shared.json().get("answers").get("staff.it").asInt()).isEqualTo(2);
        assertThat(answer(p.prefecture(), Map.of("staff.it", 9)).status()).as("reads, never writes").isEqualTo(403);
        assertThat(api.get(p.otherPrefecture(), path()).status()).isEqualTo(403);
        assertThat(fixture.audits("SURVEY_QUESTIONNAIRE_READ", String.valueOf(p.caseId())))
                .as("refusals read nothing; the prefecture's read with consent is audited").isEqualTo(reads + 1);
    }

    /** PRESURVEY also needs the hospital's own checklist (checklist module); the shortest complete one: no system at all. */
    void answerTheHospitalChecklist() {
        Api.Response r = api.put(p.hospital(), "/api/v1/hospitals/" + fixture.hospitalOf(p.caseId()) + "/checklists/CL2025/HOSPITAL",
                Map.of("answers", Map.of("0-1", Map.of("answer", "NO", "checkedOn", fixture.today().toString()))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("complete").asBoolean()).as(r.body()).isTrue();
    }

    @Test
    void presurveyCompletesItselfOnTheLastMissingPieceAndADiagramDeleteClearsIt() {
        fixture.signMemorandum(p);
        answerTheHospitalChecklist();
        Map<String, Object> all = allButSystems();
        all.put("systems", systems());
        assertThat(answer(p.hospital(), all).json().get("complete").asBoolean()).isTrue();
        assertThat(presurveyDone()).as("no diagram yet").isNull();
        String network = fixture.upload(p.hospital(), p.caseId(), "NETWORK_DIAGRAM", SurveyFixture.pdf(), "nw.pdf").json().get("id").asText();
        assertThat(presurveyDone()).as("no system diagram yet").isNull();
        Api.Response last = fixture.upload(p.subA(), p.caseId(), "SYSTEM_DIAGRAM", SurveyFixture.pdf(), "sys.pdf");
        assertThat(last.status()).isEqualTo(201);
        assertThat(presurveyDone()).isEqualTo(fixture.today().toString());
        Api.Response manual = api.put(p.subA(), "/api/v1/cases/" + p.caseId() + "/steps/PRESURVEY", Map.of("doneOn", fixture.today().toString()));
        assertThat(manual.status()).as("it completes itself").isEqualTo(422);

        assertThat(api.send("DELETE", p.hospital(), "/api/v1/cases/" + p.caseId() + "/documents/" + network,
                MediaType.APPLICATION_JSON, null).status()).isEqualTo(204);
        assertThat(presurveyDone()).as("cleared with its diagram").isNull();
        String again = fixture.upload(p.hospital(), p.caseId(), "NETWORK_DIAGRAM", SurveyFixture.pdf(), "nw2.pdf").json().get("id").asText();
        assertThat(presurveyDone()).isEqualTo(fixture.today().toString());

        Api.Response hearing = api.put(p.subA(), "/api/v1/cases/" + p.caseId() + "/steps/HEARING", Map.of("doneOn", fixture.today().toString()));
        assertThat(hearing.status()).as(hearing.body()).isEqualTo(200);
        Api.Response refused = api.send("DELETE", p.hospital(), "/api/v1/cases/" + p.caseId() + "/documents/" + again,
                MediaType.APPLICATION_JSON, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("STEP_ORDER");
        assertThat(presurveyDone()).isEqualTo(fixture.today().toString());
    }

    @Test
    void presurveyWaitsForTheQuestionnaire() {
        fixture.signMemorandum(p);
        answerTheHospitalChecklist();
        fixture.upload(p.hospital(), p.caseId(), "NETWORK_DIAGRAM", SurveyFixture.pdf(), "nw.pdf");
        fixture.upload(p.hospital(), p.caseId(), "SYSTEM_DIAGRAM", SurveyFixture.pdf(), "sys.pdf");
        assertThat(answer(p.hospital(), allButSystems()).status()).isEqualTo(200);
        assertThat(presurveyDone()).as("the questionnaire is a draft").isNull();
        assertThat(answer(p.hospital(), Map.of("systems", systems())).status()).isEqualTo(200);
        assertThat(presurveyDone()).as("on the answer that completes it").isEqualTo(fixture.today().toString());
    }

    String presurveyDone() {
        JsonNode done = api.get(p.subA(), "/api/v1/cases/" + p.caseId()).json().get("steps").get("PRESURVEY").get("doneOn");
        return done == null || done.isNull() ? null : done.asText();
    }
}
