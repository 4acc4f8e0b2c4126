package jp.mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** api-survey.md, Backup plan: seeding, the contractor's plan, the hospital's decision, who may do what, BACKUP_REACHABLE. */
@IntegrationTest
class BackupPlanApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
    }

    String path() {
        return "/api/v1/cases/" + p.caseId() + "/backup-plan";
    }

    JsonNode read(String token) {
        Api.Response r = api.get(token, path());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    void answer(Map<String, Object> answers) {
        Api.Response r = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire", Map.of("answers", answers));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static Map<String, Object> system(String name, Object tb, String separation) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", "電子カルテ");
        m.put("dataTb", tb);
        m.put("frequency", "DAILY");
        m.put("generations", 5);
        m.put("separation", separation);
        m.put("restoreTargetHours", 24);
        return m;
    }

    static Map<String, Object> plan(Object... systems) {
        Map<String, Object> m = new HashMap<>();
        m.put("systems", List.of(systems));
        m.put("costPerTbMin", 300000);
        m.put("costPerTbMax", 400000);
        m.put("declined", false);
        return m;
    }

    Map<String, Object> twoSystems() {
        return plan(system("電子カルテ", 2, "OFFLINE_MEDIA"), system("PACS", "１．５", "ISOLATED_CLOUD"));
    }

    JsonNode propose(Map<String, Object> body) {
        Api.Response r = api.put(p.subA(), path(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static Map<String, Object> decision(String choice, String decidedOn, String until) {
        Map<String, Object> d = new HashMap<>();
        d.put("choice", choice);
        d.put("decidedOn", decidedOn);
        d.put("until", until);
        Map<String, Object> body = new HashMap<>();
        body.put("decision", d);
        return body;
    }

    @Test
    void beforeAnyPlanIsSavedTheReadIsTheOneSeededFromTheQuestionnaireAndItIsAudited() {
        List<Map<String, Object>> systems = new ArrayList<>();
        systems.add(Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社", "remoteMaintenance", true));
        systems.add(Map.of("name", "PACS", "kind", "画像", "vendor", "B社", "remoteMaintenance", false));
        answer(Map.of("systems", systems, "backup.frequency", "毎週"));
        long audits = fixture.audits("BACKUP_PLAN_READ", String.valueOf(p.caseId()));

        JsonNode seeded = read(p.subA());
        assertThat(seeded.get("proposed").asBoolean()).isFalse();
        assertThat(seeded.get("version").asInt()).isZero();
        assertThat(seeded.get("systems")).hasSize(2);
        assertThat(seeded.get("systems").get(0).get("generations").asInt()).isEqualTo(5);
        assertThat(seeded.get("systems").get(1).get("generations").asInt()).isEqualTo(3);
        assertThat(seeded.get("systems").get(1).get("frequency").asText()).isEqualTo("WEEKLY");
        assertThat(seeded.get("costPerTbMin").asLong()).isEqualTo(300000);
        assertThat(seeded.get("costPerTbMax").asLong()).isEqualTo(400000);
        assertThat(seeded.get("costRange").get("min").asLong()).isZero();
        assertThat(seeded.get("totalTb").asInt()).isZero();
        assertThat(seeded.get("decision").isNull()).isTrue();
        assertThat(fixture.audits("BACKUP_PLAN_READ", String.valueOf(p.caseId()))).isEqualTo(audits + 1);
    }

    @Test
    void theContractorsPlanHasItsCostRangeTbTotalAndFeeScheduleCheckAndIsAudited() {
        JsonNode saved = propose(twoSystems());
        assertThat(saved.get("proposed").asBoolean()).isTrue();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("totalTb").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(saved.get("systems").get(1).get("dataTb").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(saved.get("costRange").get("min").asLong()).isEqualTo(1_050_000);
        assertThat(saved.get("costRange").get("max").asLong()).isEqualTo(1_400_000);
        assertThat(saved.get("feeSchedule").get("met").asBoolean()).isTrue();
        assertThat(fixture.audits("BACKUP_PLAN_SAVED", String.valueOf(p.caseId()))).isEqualTo(1);

        // 0.001 TB × 300,001 = 300.001 → 300; × 333,500 = 333.5 → 334 (half up)
        Map<String, Object> edited = plan(system("電子カルテ", "0.001", "WORM"));
        edited.put("costPerTbMin", 300001);
        edited.put("costPerTbMax", 333500);
        edited.put("version", 1);
        JsonNode again = propose(edited);
        assertThat(again.get("costRange").get("min").asLong()).isEqualTo(300);
        assertThat(again.get("costRange").get("max").asLong()).isEqualTo(334);
        assertThat(again.get("feeSchedule").get("met").asBoolean()).isFalse();
        assertThat(again.get("feeSchedule").get("severalMethods").asBoolean()).isFalse();
        assertThat(read(p.hospital()).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void whoMayReadAndWriteFollowsWhoSeesWhat() {
        propose(twoSystems());
        assertThat(api.get(p.hospital(), path()).status()).isEqualTo(200);
        assertThat(api.get(p.prime(), path()).status()).isEqualTo(200);
        assertThat(api.get(p.otherHospital(), path()).status()).isEqualTo(403);
        assertThat(api.get(p.subB(), path()).status()).isEqualTo(403);
        assertThat(api.get(p.prefecture(), path()).status()).isEqualTo(403);
        assertThat(api.get(p.admin(), path()).status()).isEqualTo(403);
        assertThat(api.get(p.auditor(), path()).status()).isEqualTo(403);

        // the parent contractor answers for its subcontractor's case; a sibling subcontractor does not
        Map<String, Object> byPrime = twoSystems();
        byPrime.put("costPerTbMax", 450000);
        Api.Response prime = api.put(p.prime(), path(), byPrime);
        assertThat(prime.status()).as(prime.body()).isEqualTo(200);
        assertThat(prime.json().get("costPerTbMax").asLong()).isEqualTo(450000);
        for (String token : List.of(p.subB(), p.otherHospital(), p.prefecture(), p.admin(), p.auditor())) {
            assertThat(api.put(token, path(), twoSystems()).status()).isEqualTo(403);
        }

        Api.Response shared = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(read(p.prefecture()).get("costPerTbMax").asLong()).isEqualTo(450000);
        assertThat(api.get(p.otherPrefecture(), path()).status()).isEqualTo(403);
        assertThat(api.put(p.prefecture(), path(), decision("ADOPT", fixture.today().toString(), null)).status()).isEqualTo(403);
        assertThat(read(p.subA()).get("costPerTbMax").asLong()).isEqualTo(450000);
    }

    @Test
    void theHospitalsPutChangesOnlyItsDecision() {
        propose(twoSystems());
        Map<String, Object> body = plan(system("偽のシステム", 99, "WORM"));
        body.put("costPerTbMin", 0);
        body.put("declined", true);
        body.putAll(decision("ADOPT", fixture.today().toString(), "2099-01-01"));
        Api.Response r = api.put(p.hospital(), path(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode after = read(p.subA());
        assertThat(after.get("systems")).hasSize(2);
        assertThat(after.get("systems").get(0).get("name").asText()).isEqualTo("電子カルテ");
        assertThat(after.get("costPerTbMin").asLong()).isEqualTo(300000);
        assertThat(after.get("declined").asBoolean()).isFalse();
        assertThat(after.get("decision").get("choice").asText()).isEqualTo("ADOPT");
        assertThat(after.get("decision").get("until").isNull()).as("only a DEFER keeps a date").isTrue();
        assertThat(after.get("decisions")).hasSize(1);
        assertThat(fixture.audits("BACKUP_PLAN_DECIDED", String.valueOf(p.caseId()))).isEqualTo(1);

        // the contractor's later save keeps the hospital's decision
        Map<String, Object> edited = twoSystems();
        edited.putAll(decision("DECLINE", fixture.today().toString(), null));
        assertThat(propose(edited).get("decision").get("choice").asText()).isEqualTo("ADOPT");
    }

    @Test
    void aDeferWithoutAnUntilAfterTheDecisionIsRefusedInJapanese() {
        propose(twoSystems());
        String today = fixture.today().toString();
        Api.Response none = api.put(p.hospital(), path(), decision("DEFER", today, null));
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.json().get("errors").get(0).get("column").asText()).isEqualTo("decision.until");
        assertThat(none.json().get("errors").get(0).get("message").asText()).contains("期限");
        Api.Response same = api.put(p.hospital(), path(), decision("DEFER", today, today));
        assertThat(same.status()).isEqualTo(422);
        Api.Response future = api.put(p.hospital(), path(), decision("ADOPT", fixture.today().plusDays(1).toString(), null));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("column").asText()).isEqualTo("decision.decidedOn");
        assertThat(read(p.hospital()).get("decision").isNull()).isTrue();

        Api.Response ok = api.put(p.hospital(), path(), decision("DEFER", today, fixture.today().plusMonths(3).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("decision").get("until").asText()).isEqualTo(fixture.today().plusMonths(3).toString());
    }

    @Test
    void twoPeopleSavingFromTheSameVersionTheSecondIsToldItIsStale() {
        propose(twoSystems());
        Map<String, Object> decided = decision("ADOPT", fixture.today().toString(), null);
        decided.put("version", 1);
        assertThat(api.put(p.hospital(), path(), decided).json().get("version").asInt()).isEqualTo(2);
        Map<String, Object> late = twoSystems();
        late.put("version", 1);
        late.put("costPerTbMax", 999999);
        Api.Response stale = api.put(p.subA(), path(), late);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(read(p.subA()).get("costPerTbMax").asLong()).isEqualTo(400000);
    }

    @Test
    void wrongValuesAreRefusedByTheFieldAndNothingIsStored() {
        Map<String, Object> bad = plan(system("電子カルテ", "たくさん", "TAPE"));
        Api.Response r = api.put(p.subA(), path(), bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors")).extracting(e -> e.get("column").asText()).containsExactly("dataTb", "separation");
        assertThat(r.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);

        Map<String, Object> rates = twoSystems();
        rates.put("costPerTbMin", 500000);
        Api.Response inverted = api.put(p.subA(), path(), rates);
        assertThat(inverted.status()).isEqualTo(422);
        assertThat(inverted.json().get("errors").get(0).get("column").asText()).isEqualTo("costPerTbMax");
        assertThat(inverted.json().get("errors").get(0).get("message").asText()).contains("上限は下限以上");
        assertThat(read(p.subA()).get("proposed").asBoolean()).isFalse();
    }

    @Test
    void aDeclinedPlanHasNoCostRangeAndTakesNoDecision() {
        Map<String, Object> declined = twoSystems();
        declined.put("declined", true);
        JsonNode saved = propose(declined);
        assertThat(saved.get("costRange").isNull()).isTrue();
        Api.Response r = api.put(p.hospital(), path(), decision("ADOPT", fixture.today().toString(), null));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asText()).isEqualTo("decision");
    }

    @Test
    void theHospitalCannotDecideBeforeAPlanIsProposed() {
        Api.Response r = api.put(p.hospital(), path(), decision("ADOPT", fixture.today().toString(), null));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("PLAN_NOT_PROPOSED");
    }

    @Test
    void noPlanIsSavedBeforeTheMemorandum() {
        SurveyFixture.Parties fresh = fixture.create();
        Api.Response r = api.put(fresh.subA(), "/api/v1/cases/" + fresh.caseId() + "/backup-plan", twoSystems());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("MEMORANDUM_PENDING");
    }

    @Test
    void answeringThatNoCopyIsKeptOfflineRaisesBackupReachableAndChangingTheAnswerWithdrawsIt() {
        answer(Map.of("backup.offline", "いいえ"));
        List<JsonNode> raised = reachable();
        assertThat(raised).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("HIGH");
            assertThat(f.get("state").asText()).isEqualTo("SUGGESTED");
            assertThat(f.get("connectionId").isNull()).isTrue();
            assertThat(f.get("evidence").get("backup.offline").asText()).isEqualTo("いいえ");
        });
        answer(Map.of("backup.offline", "いいえ", "staff.it", 3));
        assertThat(reachable()).hasSize(1);
        answer(Map.of("backup.offline", "はい"));
        assertThat(reachable()).isEmpty();
        answer(Map.of("backup.offline", "わからない"));
        assertThat(reachable()).isEmpty();
    }

    List<JsonNode> reachable() {
        Api.Response r = api.get(p.subA(), "/api/v1/cases/" + p.caseId() + "/findings");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("findings").forEach(f -> {
            if ("BACKUP_REACHABLE".equals(f.get("rule").asText())) {
                out.add(f);
            }
        });
        return out;
    }
}
