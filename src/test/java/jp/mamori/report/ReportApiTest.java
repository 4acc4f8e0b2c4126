package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** api-survey.md, Report: the lead writes, four eyes approve, a change withdraws, DELIVERY freezes; per role, refusals included. */
@IntegrationTest
class ReportApiTest {

    @Autowired
    Api api;
    @Autowired
    ReportFixture fixture;

    ReportFixture.Case c;

    @BeforeEach
    void setUp() {
        c = fixture.create();
    }

    Map<String, Object> body(String summary, List<String> priorities) {
        Map<String, Object> m = new HashMap<>();
        m.put("summary", summary);
        m.put("priorities", priorities);
        return m;
    }

    @Test
    void theLeadWritesTheSummaryAndNoOtherAccountMay() {
        Api.Response r = api.put(c.p().subA(), c.report(), body("　総括：外部接続点は3か所。\r\n多要素認証がない。 ", List.of(" VPN装置の更新　", "多要素認証")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("summary").asText()).isEqualTo("総括：外部接続点は3か所。\n多要素認証がない。");
        assertThat(r.json().get("priorities").get(0).asText()).isEqualTo("VPN装置の更新");
        assertThat(r.json().get("version").asInt()).isEqualTo(1);
        assertThat(r.json().get("state").asText()).isEqualTo("DRAFT");
        assertThat(fixture.audits("REPORT_WRITTEN", c.id())).isEqualTo(1);

        for (String other : List.of(c.colleague(), c.p().prime(), c.p().subB(), c.p().hospital(), c.p().prefecture(),
                c.p().admin(), c.p().auditor())) {
            assertThat(api.put(other, c.report(), body("別の人の総括", List.of())).status()).isEqualTo(403);
        }
        assertThat(api.get(c.p().subA(), c.report()).json().get("summary").asText()).startsWith("総括：");
    }

    @Test
    void twoFirstSavesAtOnceAreOneAfterTheOtherNotAServerError() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
            for (String summary : List.of("一つ目の総括", "二つ目の総括")) {
                saves.add(pool.submit(() -> {
                    start.await();
                    return api.put(c.p().subA(), c.report(), body(summary, List.of())).status();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> save : saves) {
                assertThat(save.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = api.get(c.p().subA(), c.report()).json();
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("summary").asText()).isIn("一つ目の総括", "二つ目の総括");
    }

    @Test
    void aSummaryIsRequiredAndEveryPriorityMustSaySomething() {
        Api.Response blank = api.put(c.p().subA(), c.report(), body("　 ", List.of("ok", "　", "")));
        assertThat(blank.status()).isEqualTo(422);
        List<String> columns = blank.json().get("errors").findValuesAsText("column");
        assertThat(columns).containsExactly("summary", "priorities[1]", "priorities[2]");
        assertThat(blank.body()).contains("総括（summary）を入力してください");

        Api.Response tooLong = api.put(c.p().subA(), c.report(), body("あ".repeat(4001), List.of("x".repeat(201))));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").findValuesAsText("code")).containsExactly("TOO_LONG", "TOO_LONG");

        Api.Response notAList = api.put(c.p().subA(), c.report(), Map.of("summary", "総括", "priorities", "一つ"));
        assertThat(notAList.status()).isEqualTo(422);
    }

    @Test
    void onlyAnotherAccountOfTheContractorApprovesAndOnlyAfterTheOnsiteSurvey() {
        fixture.write(c, "総括です。", List.of("VPN"));
        Api.Response early = api.post(c.colleague(), c.report() + "/approve", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("STEP_INCOMPLETE");

        fixture.onsiteDone(c);
        Api.Response own = api.post(c.p().subA(), c.report() + "/approve", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("code").asText()).isEqualTo("FOUR_EYES");
        for (String outsider : List.of(c.p().subB(), c.p().hospital(), c.p().prefecture(), c.p().admin(), c.p().auditor())) {
            assertThat(api.post(outsider, c.report() + "/approve", null).status()).isEqualTo(403);
        }
        assertThat(fixture.reportDone(c)).isNull();

        // the subcontractor's parent contractor is the second pair of eyes
        Api.Response approved = api.post(c.p().prime(), c.report() + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").asText()).isNotBlank();
        assertThat(fixture.reportDone(c)).isEqualTo(today());
        assertThat(fixture.audits("REPORT_APPROVED", c.id())).isEqualTo(1);
    }

    @Test
    void nothingWrittenIsNothingToApprove() {
        fixture.onsiteDone(c);
        Api.Response r = api.post(c.colleague(), c.report() + "/approve", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("REPORT_EMPTY");
    }

    @Test
    void theReportStepCannotBeDoneByHand() {
        fixture.onsiteDone(c);
        Api.Response r = api.put(c.p().subA(), "/api/v1/cases/" + c.id() + "/steps/REPORT", Map.of("doneOn", today()));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("STEP_INCOMPLETE");
        assertThat(r.body()).contains("承認により自動で完了");
        fixture.approved(c);
        Api.Response again = api.put(c.p().admin(), "/api/v1/cases/" + c.id() + "/steps/REPORT",
                Map.of("doneOn", today(), "reason", "手で直す"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aChangeToTheInventoryWithdrawsTheApprovalButTheHospitalsDecisionDoesNot() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("systems", List.of(Map.of("name", "電子カルテ", "kind", "EMR", "dataTb", 2, "frequency", "DAILY", "generations", 5,
                "separation", "OFFLINE_MEDIA", "restoreTargetHours", 24)));
        plan.put("costPerTbMin", 300000);
        plan.put("costPerTbMax", 400000);
        plan.put("declined", false);
        assertThat(api.put(c.p().subA(), "/api/v1/cases/" + c.id() + "/backup-plan", plan).status()).isEqualTo(200);
        fixture.approved(c);
        assertThat(fixture.reportDone(c)).isEqualTo(today());

        Map<String, Object> decision = new HashMap<>();
        decision.put("choice", "ADOPT");
        decision.put("decidedOn", today());
        Api.Response decided = api.put(c.p().hospital(), "/api/v1/cases/" + c.id() + "/backup-plan", Map.of("decision", decision));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(api.put(c.p().hospital(), "/api/v1/cases/" + c.id() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        assertThat(fixture.reportDone(c)).isEqualTo(today());
        assertThat(api.get(c.p().subA(), c.report()).json().get("state").asText()).isEqualTo("APPROVED");

        fixture.changeInventory(c);
        assertThat(fixture.reportDone(c)).isNull();
        JsonNode now = api.get(c.p().subA(), c.report()).json();
        assertThat(now.get("state").asText()).isEqualTo("DRAFT");
        assertThat(now.get("approvedBy").isNull()).isTrue();
        assertThat(fixture.audits("REPORT_APPROVAL_WITHDRAWN", c.id())).isEqualTo(1);
        JsonNode history = api.get(c.p().subA(), "/api/v1/cases/" + c.id()).json().get("history");
        assertThat(history.findValuesAsText("note")).anyMatch(n -> n.contains("外部接続点台帳が変更されたため"));
    }

    @Test
    void aFindingWrittenByTheContractorWithdrawsTheApproval() {
        fixture.approved(c);
        Api.Response f = api.post(c.p().subA(), "/api/v1/cases/" + c.id() + "/findings",
                Map.of("severity", "HIGH", "title", "VPN装置に多要素認証がない"));
        assertThat(f.status()).as(f.body()).isEqualTo(201);
        assertThat(fixture.reportDone(c)).isNull();
        assertThat(api.get(c.p().subA(), c.report()).json().get("state").asText()).isEqualTo("DRAFT");
    }

    @Test
    void theContractorsChecklistAnswersWithdrawTheApprovalThePrefecturesInspectionDoesNot() {
        String hospital = api.get(c.p().subA(), "/api/v1/cases/" + c.id()).json().get("hospitalCode").asText();
        fixture.approved(c);
        Api.Response inspection = api.put(c.p().prefecture(), jp.mamori.checklist.ChecklistFixture.path(hospital, "PREFECTURE"),
                Map.of("answers", Map.of()));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(200);
        assertThat(fixture.reportDone(c)).isEqualTo(today());

        Api.Response contractor = api.put(c.p().subA(), jp.mamori.checklist.ChecklistFixture.path(hospital, "CONTRACTOR"),
                Map.of("answers", Map.of()));
        assertThat(contractor.status()).as(contractor.body()).isEqualTo(200);
        assertThat(fixture.reportDone(c)).isNull();
    }

    @Test
    void deliveryFreezesTheApprovedVersionAndTheHospitalGetsThoseBytes() throws Exception {
        String pdf = c.report() + ".pdf";
        assertThat(api.get(null, pdf).status()).isEqualTo(401);
        assertThat(api.get(c.p().hospital(), pdf).status()).isEqualTo(404);
        assertThat(api.get(c.p().hospital(), c.report()).status()).isEqualTo(404);
        assertThat(api.get(c.p().subA(), pdf).status()).isEqualTo(200);
        fixture.approved(c);
        Api.Response delivered = fixture.deliver(c);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.json().get("state").asText()).isEqualTo("DELIVERED");

        JsonNode v1 = api.get(c.p().subA(), "/api/v1/cases/" + c.id() + "/reports").json().get("versions").get(0);
        assertThat(v1.get("deliveredOn").asText()).isEqualTo(today());
        JsonNode docs = api.get(c.p().subA(), "/api/v1/cases/" + c.id() + "/documents").json().get("documents");
        JsonNode stored = null;
        for (JsonNode d : docs) {
            if (d.get("id").asText().equals(v1.get("documentId").asText())) {
                stored = d;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.get("kind").asText()).isEqualTo("REPORT");
        assertThat(stored.get("sha256").asText()).isEqualTo(v1.get("sha256").asText());

        byte[] hospital = api.getBytes(c.p().hospital(), pdf);
        assertThat(sha256(hospital)).isEqualTo(v1.get("sha256").asText());
        assertThat(hospital).isEqualTo(api.getBytes(c.p().subA(), "/api/v1/cases/" + c.id() + "/documents/" + v1.get("documentId").asText()));
        assertThat(new String(hospital, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(api.get(c.p().hospital(), c.report() + ".xlsx").status()).isEqualTo(200);
        JsonNode hospitalVersions = api.get(c.p().hospital(), "/api/v1/cases/" + c.id() + "/reports").json().get("versions");
        assertThat(hospitalVersions).hasSize(1);
        assertThat(fixture.audits("SURVEY_REPORT_VERSIONS_READ", c.id())).isGreaterThanOrEqualTo(2);
        assertThat(api.get(c.p().hospital(), c.report()).json().get("deliveredOn").asText()).isEqualTo(today());
        assertThat(fixture.audits("REPORT_DELIVERED", c.id())).isEqualTo(1);

        // the prefecture only with the hospital's consent; the ministry and the auditor never (figures only)
        assertThat(api.get(c.p().prefecture(), pdf).status()).isEqualTo(403);
        assertThat(api.get(c.p().prefecture(), "/api/v1/cases/" + c.id() + "/reports").status()).isEqualTo(403);
        for (String national : List.of(c.p().admin(), c.p().auditor())) {
            assertThat(api.get(national, pdf).status()).isEqualTo(403);
            assertThat(api.get(national, c.report() + ".xlsx").status()).isEqualTo(403);
            assertThat(api.get(national, "/api/v1/cases/" + c.id() + "/reports").status()).isEqualTo(403);
        }
        assertThat(api.get(c.p().otherHospital(), pdf).status()).isEqualTo(403);
        assertThat(api.get(c.p().subB(), pdf).status()).isEqualTo(403);
        assertThat(api.put(c.p().hospital(), "/api/v1/cases/" + c.id() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        assertThat(api.getBytes(c.p().prefecture(), pdf)).isEqualTo(hospital);
        assertThat(api.get(c.p().otherPrefecture(), pdf).status()).isEqualTo(403);
        assertThat(fixture.audits("SURVEY_REPORT_DOWNLOADED", c.id())).isGreaterThanOrEqualTo(4);

        // a change after delivery: version 2 is a draft, the hospital still gets version 1
        fixture.changeInventory(c);
        JsonNode versions = api.get(c.p().subA(), "/api/v1/cases/" + c.id() + "/reports").json().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("state").asText()).isEqualTo("DRAFT");
        assertThat(versions.get(0).get("state").asText()).isEqualTo("DELIVERED");
        assertThat(api.get(c.p().subA(), c.report()).json().get("summary").asText()).isEqualTo("総括です。");
        assertThat(api.getBytes(c.p().hospital(), pdf)).isEqualTo(hospital);
        assertThat(fixture.reportDone(c)).isEqualTo(today());
        assertThat(fixture.step(c, "DELIVERY")).isEqualTo(today());
    }

    @Test
    void aLaterVersionIsDeliveredOnceApprovedAndTheHospitalThenGetsIt() throws Exception {
        fixture.approved(c);
        assertThat(fixture.deliver(c).status()).isEqualTo(200);
        byte[] first = api.getBytes(c.p().hospital(), c.report() + ".pdf");
        fixture.write(c, "第2版の総括。", List.of("VPN"));

        Api.Response unapproved = api.post(c.p().subA(), c.report() + "/deliver", Map.of());
        assertThat(unapproved.status()).isEqualTo(409);
        assertThat(unapproved.json().get("code").asText()).isEqualTo("REPORT_NOT_APPROVED");
        assertThat(api.post(c.p().subA(), c.report() + "/approve", null).json().get("code").asText()).isEqualTo("FOUR_EYES");
        assertThat(api.post(c.colleague(), c.report() + "/approve", null).status()).isEqualTo(200);
        assertThat(api.post(c.p().subA(), c.report() + "/deliver", Map.of("deliveredOn", java.time.LocalDate.parse(today()).plusDays(1).toString())).status()).isEqualTo(422);
        assertThat(api.post(c.p().hospital(), c.report() + "/deliver", Map.of()).status()).isEqualTo(403);
        Api.Response second = api.post(c.p().subA(), c.report() + "/deliver", Map.of());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        byte[] now = api.getBytes(c.p().hospital(), c.report() + ".pdf");
        assertThat(sha256(now)).isEqualTo(second.json().get("sha256").asText()).isNotEqualTo(sha256(first));
        assertThat(api.getBytes(c.p().hospital(), c.report() + ".pdf?version=1")).isEqualTo(first);
        assertThat(api.get(c.p().hospital(), "/api/v1/cases/" + c.id() + "/reports").json().get("versions")).hasSize(2);
    }

    @Test
    void deliveryIsRefusedWhileTheReportIsNotApprovedAndNothingIsStored() {
        fixture.approved(c);
        // approval withdrawn by a questionnaire answer: REPORT is no longer done, so DELIVERY is out of order
        Api.Response answered = api.put(c.p().hospital(), "/api/v1/cases/" + c.id() + "/questionnaire",
                Map.of("answers", Map.of("staff.it", 2)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(fixture.reportDone(c)).isNull();
        Api.Response refused = fixture.deliver(c);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("STEP_ORDER");
        assertThat(api.get(c.p().hospital(), c.report() + ".pdf").status()).isEqualTo(404);
    }

    @Autowired
    jp.mamori.survey.document.SwitchableScanner scanner;

    @Test
    void aDeliveryWhoseFilesCannotBeStoredLeavesTheStepTheVersionAndTheDocumentsAsTheyWere() throws Exception {
        fixture.approved(c);
        int documentsBefore = api.get(c.p().subA(), "/api/v1/cases/" + c.id() + "/documents").json().get("documents").size();
        // a configured virus scanner nobody answers: the vault refuses the frozen files, so the whole delivery must roll back
        scanner.useClamdAt(jp.mamori.survey.document.TestClamd.freePort());
        Api.Response refused;
        try {
            refused = fixture.deliver(c);
        } finally {
            scanner.reset();
        }
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().get("code").asText()).isEqualTo("SCANNER_UNAVAILABLE");
        assertThat(fixture.step(c, "DELIVERY")).isNull();
        assertThat(fixture.reportDone(c)).isEqualTo(today());
        assertThat(api.get(c.p().subA(), c.report()).json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(api.get(c.p().subA(), "/api/v1/cases/" + c.id() + "/documents").json().get("documents")).hasSize(documentsBefore);
        assertThat(api.get(c.p().hospital(), c.report() + ".pdf").status()).isEqualTo(404);
        assertThat(fixture.deliver(c).status()).as("once the scanner is back the same delivery goes through").isEqualTo(200);
    }

    private String today() {
        return java.time.LocalDate.now(jp.mamori.shared.JapaneseDates.TOKYO).toString();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
