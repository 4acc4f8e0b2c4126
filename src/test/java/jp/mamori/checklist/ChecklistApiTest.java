package jp.mamori.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** api-survey.md, Checklists and BCP: answers by respondent, per role with the refusals, and the rules' 422s. */
@IntegrationTest
class ChecklistApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    ChecklistFixture checklists;

    SurveyFixture.Parties p;
    String hospital;
    LocalDate today;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        hospital = api.get(p.hospital(), "/api/v1/cases/" + p.caseId()).json().get("hospitalCode").asText();
        today = fixture.today();
    }

    @Test
    void theEditionsAreReferenceDataWithTheR7IdMap() {
        List<String> ids = new ArrayList<>();
        api.get(p.hospital(), "/api/v1/checklists").json().get("editions").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains("CL2023", "CL2024", "CL2025", "BCP2024");
        JsonNode r7 = api.get(p.subA(), "/api/v1/checklists/CL2025").json();
        assertThat(r7.get("kind").asText()).isEqualTo("CHECKLIST");
        assertThat(r7.get("items").get(0).get("gate").asBoolean()).isTrue();
        Map<String, JsonNode> items = new LinkedHashMap<>();
        r7.get("items").forEach(i -> items.put(i.get("id").asText(), i));
        assertThat(items.get("2-6").get("previousIds").get(0).asText()).isEqualTo("2-(7)");
        assertThat(items.get("2-11").get("previousIds").get(0).asText()).isEqualTo("2-(6)");
        assertThat(items.get("2-7").has("previousIds")).as("new in R7").isFalse();
        assertThat(items.get("2-4").get("targets")).hasSize(2);
        assertThat(items.get("2-4").get("requiredFromByTarget").get("PC").asInt()).isEqualTo(2024);
        JsonNode bcp = api.get(p.hospital(), "/api/v1/checklists/BCP2024").json();
        assertThat(bcp.get("items").get(0).get("stage").asInt()).isEqualTo(1);
        assertThat(api.get(p.hospital(), "/api/v1/checklists/CL1999").status()).isEqualTo(404);
    }

    @Test
    void theHospitalWritesAndReadsItsOwnAnswersOnly() {
        Api.Response own = checklists.put(p.hospital(), hospital, "HOSPITAL", checklists.allYes(p.hospital(), today));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("complete").asBoolean()).isTrue();
        assertThat(own.json().get("answers").get("2-1").get("answer").asText()).isEqualTo("YES");
        assertThat(checklists.put(p.otherHospital(), hospital, "HOSPITAL", Map.of()).status()).as("another hospital").isEqualTo(403);
        assertThat(api.get(p.otherHospital(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).isEqualTo(403);
        assertThat(checklists.put(p.hospital(), hospital, "CONTRACTOR", Map.of()).status()).as("not its respondent").isEqualTo(403);
        assertThat(checklists.put(p.hospital(), hospital, "PREFECTURE", Map.of()).status()).isEqualTo(403);
        long reads = fixture.audits("CHECKLIST_ANSWERS_READ", hospital + "/CL2025/HOSPITAL");
        assertThat(api.get(p.hospital(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).isEqualTo(200);
        assertThat(fixture.audits("CHECKLIST_ANSWERS_READ", hospital + "/CL2025/HOSPITAL")).as("every read audited").isEqualTo(reads + 1);
    }

    @Test
    void thePrefectureInspectsItsOwnHospitalsAndSeesTheOthersOnlyWithConsent() {
        checklists.put(p.hospital(), hospital, "HOSPITAL", checklists.allYes(p.hospital(), today));
        Api.Response inspection = checklists.put(p.prefecture(), hospital, "PREFECTURE", checklists.allYes(p.prefecture(), today));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(200);
        assertThat(api.get(p.prefecture(), ChecklistFixture.path(hospital, "PREFECTURE")).status()).isEqualTo(200);
        assertThat(checklists.put(p.otherPrefecture(), hospital, "PREFECTURE", Map.of()).status()).as("another prefecture").isEqualTo(403);
        assertThat(api.get(p.otherPrefecture(), ChecklistFixture.path(hospital, "PREFECTURE")).status()).isEqualTo(403);
        assertThat(api.get(p.hospital(), ChecklistFixture.path(hospital, "PREFECTURE")).status()).as("the hospital sees its inspection").isEqualTo(200);

        assertThat(api.get(p.prefecture(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).as("without consent").isEqualTo(403);
        assertThat(api.get(p.prefecture(), ChecklistFixture.path(hospital, "CONTRACTOR")).status()).isEqualTo(403);
        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        Api.Response shared = api.get(p.prefecture(), ChecklistFixture.path(hospital, "HOSPITAL"));
        assertThat(shared.status()).as("with consent").isEqualTo(200);
        assertThat(shared.json().get("complete").asBoolean()).isTrue();
        assertThat(checklists.put(p.prefecture(), hospital, "HOSPITAL", Map.of()).status()).as("reads, never writes").isEqualTo(403);
        assertThat(api.get(p.otherPrefecture(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).isEqualTo(403);
    }

    @Test
    void theContractorAnswersAfterTheMemorandumAndTheMinistrySeesFiguresOnly() {
        Api.Response early = checklists.put(p.subA(), hospital, "CONTRACTOR", checklists.allYes(p.subA(), today));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("MEMORANDUM_PENDING");
        assertThat(api.get(p.subA(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).isEqualTo(409);
        fixture.signMemorandum(p);
        Api.Response after = checklists.put(p.subA(), hospital, "CONTRACTOR", checklists.allYes(p.subA(), today));
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(api.get(p.subA(), ChecklistFixture.path(hospital, "HOSPITAL")).status()).isEqualTo(200);
        assertThat(api.get(p.prime(), ChecklistFixture.path(hospital, "CONTRACTOR")).status()).as("the parent contractor").isEqualTo(200);
        assertThat(checklists.put(p.subB(), hospital, "CONTRACTOR", Map.of()).status()).as("another subcontractor").isEqualTo(403);
        assertThat(api.get(p.subB(), ChecklistFixture.path(hospital, "CONTRACTOR")).status()).isEqualTo(403);
        assertThat(checklists.put(p.subA(), hospital, "HOSPITAL", Map.of()).status()).as("not its respondent").isEqualTo(403);
        for (String r : List.of("HOSPITAL", "PREFECTURE", "CONTRACTOR")) {
            assertThat(api.get(p.admin(), ChecklistFixture.path(hospital, r)).status()).as("ministry " + r).isEqualTo(403);
            assertThat(api.get(p.auditor(), ChecklistFixture.path(hospital, r)).status()).as("auditor " + r).isEqualTo(403);
        }
        assertThat(checklists.put(p.admin(), hospital, "HOSPITAL", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void everyRuleErrorIsToldAtOnceByItemAndNothingIsStored() {
        checklists.put(p.hospital(), hospital, "HOSPITAL", checklists.allYes(p.hospital(), today));
        Map<String, Object> bad = checklists.allYes(p.hospital(), today);
        bad.put("1-1", Map.of("answer", "NO", "checkedOn", today.toString()));
        bad.put("2-2", Map.of("answer", "YES", "checkedOn", today.plusDays(1).toString()));
        bad.put("3-1", Map.of("answer", "NO", "checkedOn", today.toString(), "targetOn", "2027-04-01"));
        bad.put("2-9@S", ChecklistFixture.yes(today));
        bad.put("2-13@PC", ChecklistFixture.yes(today));
        bad.put("9-9", ChecklistFixture.yes(today));
        Api.Response refused = checklists.put(p.hospital(), hospital, "HOSPITAL", bad);
        assertThat(refused.status()).isEqualTo(422);
        List<String> columns = new ArrayList<>();
        refused.json().get("errors").forEach(e -> columns.add(e.get("column").asText()));
        assertThat(columns).contains("1-1", "2-2", "3-1", "2-9", "2-13@PC", "9-9");
        JsonNode stored = api.get(p.hospital(), ChecklistFixture.path(hospital, "HOSPITAL")).json();
        assertThat(stored.get("answers").get("1-1").get("answer").asText()).as("untouched").isEqualTo("YES");
    }

    @Test
    void aNoToTheGateMakesEveryOtherItemNotApplicable() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("0-1", Map.of("answer", "NO", "checkedOn", today.toString()));
        answers.put("2-1@S", ChecklistFixture.yes(today));
        Api.Response r = checklists.put(p.hospital(), hospital, "HOSPITAL", answers);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("complete").asBoolean()).isTrue();
        assertThat(r.json().get("answers").get("2-1").get("answer").asText()).isEqualTo("NA");
        assertThat(r.json().get("answers").has("2-1@S")).isFalse();
    }
}
