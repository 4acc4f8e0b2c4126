package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.findings;
import static jp.mamori.inventory.Rows.findingsOf;
import static jp.mamori.inventory.Rows.ofRule;
import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.MediaType;

/** api-survey.md, Findings: rules raising and withdrawing suggestions as the inventory changes, and the moves. */
@IntegrationTest
class FindingApiTest {

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

    List<JsonNode> all() {
        return findingsOf(api, p.subA(), p.caseId());
    }

    Api.Response post(String path, Object body) {
        return api.post(p.subA(), findings(p.caseId()) + path, body);
    }

    Api.Response put(long fid, Map<String, Object> body) {
        return api.put(p.subA(), findings(p.caseId()) + "/" + fid, body);
    }

    @Test
    void aQuietPointRaisesNothing() {
        Rows.create(api, p.subA(), p.caseId(), quiet());
        assertThat(all()).isEmpty();
    }

    @Test
    void aFortiGateMatchesTheShippedKevCatalogueAsCriticalWithEveryCveAndIsNotCalledVulnerable() {
        Map<String, Object> device = new HashMap<>();
        device.put("vendor", "Ｆｏｒｔｉｎｅｔ株式会社");
        device.put("product", "FortiGate 60F");
        device.put("version", "6.0.4");
        JsonNode point = Rows.create(api, p.subA(), p.caseId(), with(quiet(), "device", device));
        List<JsonNode> kev = ofRule(all(), "KEV_MATCH");
        assertThat(kev).hasSize(1);
        JsonNode f = kev.get(0);
        assertThat(f.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(f.get("connectionId").asLong()).isEqualTo(point.get("id").asLong());
        List<String> cves = new java.util.ArrayList<>();
        f.get("evidence").get("cves").forEach(c -> cves.add(c.get("cveId").asText()));
        assertThat(cves).contains("CVE-2018-13379");
        JsonNode cve = java.util.stream.StreamSupport.stream(f.get("evidence").get("cves").spliterator(), false)
                .filter(c -> c.get("cveId").asText().equals("CVE-2018-13379")).findFirst().orElseThrow();
        assertThat(cve.get("knownRansomwareCampaignUse").asText()).isEqualTo("Known");
        assertThat(cve.get("requiredAction").asText()).isNotBlank();
        assertThat(f.get("description").asText()).contains("アドバイザリ").doesNotContain("脆弱です");
    }

    @Test
    void anAlwaysOnPasswordLinkRaisesSuggestionsThatGoWhenItIsFixedInTheData() {
        JsonNode point = Rows.create(api, p.subA(), p.caseId(),
                with(quiet(), "alwaysOn", true, "authentication", "PASSWORD", "knownBefore", false));
        List<JsonNode> raised = all();
        assertThat(raised).extracting(f -> f.get("rule").asText())
                .containsExactlyInAnyOrder("ALWAYS_ON_PASSWORD_ONLY", "UNKNOWN_BEFORE_SURVEY");
        JsonNode high = ofRule(raised, "ALWAYS_ON_PASSWORD_ONLY").get(0);
        assertThat(high.get("severity").asText()).isEqualTo("HIGH");
        assertThat(high.get("state").asText()).isEqualTo("SUGGESTED");
        assertThat(high.get("connectionId").asLong()).isEqualTo(point.get("id").asLong());
        assertThat(high.get("evidence").get("authentication").asText()).isEqualTo("PASSWORD");
        for (String field : List.of("id", "connectionId", "rule", "severity", "title", "description", "recommendation",
                "reference", "state", "evidence", "createdAt", "decidedBy", "decidedAt", "reason", "fixedOn")) {
            assertThat(high.has(field)).as(field).isTrue();
        }
        // worst first
        assertThat(raised.get(0).get("severity").asText()).isEqualTo("HIGH");

        JsonNode fixed = Rows.update(api, p.subA(), p.caseId(), point,
                with(quiet(), "alwaysOn", true, "authentication", "TWO_FACTOR", "knownBefore", false));
        assertThat(all()).extracting(f -> f.get("rule").asText()).containsExactly("UNKNOWN_BEFORE_SURVEY");

        Rows.update(api, p.subA(), p.caseId(), fixed, with(quiet(), "knownBefore", false, "status", "DISCONNECTED"));
        assertThat(all()).isEmpty();
    }

    @Test
    void deletingAPointWithdrawsItsSuggestionsButAnOpenFindingStays() {
        JsonNode point = Rows.create(api, p.subA(), p.caseId(),
                with(quiet(), "alwaysOn", true, "authentication", "NONE", "knownBefore", false));
        long open = ofRule(all(), "UNKNOWN_BEFORE_SURVEY").get(0).get("id").asLong();
        assertThat(post("/" + open + "/confirm", null).status()).isEqualTo(200);
        Api.Response deleted = api.send("DELETE", p.subA(), Rows.connections(p.caseId()) + "/" + point.get("id").asLong(),
                MediaType.APPLICATION_JSON, null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(all()).singleElement().satisfies(f -> {
            assertThat(f.get("id").asLong()).isEqualTo(open);
            assertThat(f.get("state").asText()).isEqualTo("OPEN");
        });
    }

    @Test
    void aDismissedSuggestionIsNotRaisedAgainForTheSameEvidenceButIsForNewEvidence() {
        JsonNode point = Rows.create(api, p.subA(), p.caseId(), with(quiet(), "lastPatchedOn", "2020-01-01"));
        JsonNode stale = ofRule(all(), "STALE_PATCH").get(0);
        assertThat(stale.get("evidence").get("lastPatchedOn").asText()).isEqualTo("2020-01-01");
        Api.Response dismissed = post("/" + stale.get("id").asLong() + "/dismiss", Map.of("reason", "  更新済み（台帳の誤記） "));
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().get("state").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.json().get("reason").asText()).isEqualTo("更新済み（台帳の誤記）");

        JsonNode noted = Rows.update(api, p.subA(), p.caseId(), point, with(quiet(), "lastPatchedOn", "2020-01-01", "note", "再確認"));
        assertThat(ofRule(all(), "STALE_PATCH")).singleElement()
                .satisfies(f -> assertThat(f.get("state").asText()).isEqualTo("DISMISSED"));

        Rows.update(api, p.subA(), p.caseId(), noted, with(quiet(), "lastPatchedOn", "2020-02-01"));
        List<JsonNode> now = ofRule(all(), "STALE_PATCH");
        assertThat(now).extracting(f -> f.get("state").asText()).containsExactlyInAnyOrder("DISMISSED", "SUGGESTED");
        assertThat(now).extracting(f -> f.get("evidence").get("lastPatchedOn").asText())
                .containsExactlyInAnyOrder("2020-01-01", "2020-02-01");
    }

    @Test
    void aFindingMovesThroughTheTableAndEveryMoveIsInItsHistory() {
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "knownBefore", false));
        long fid = all().get(0).get("id").asLong();

        Api.Response noReason = post("/" + fid + "/dismiss", Map.of());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("column").asText()).isEqualTo("reason");

        assertThat(post("/" + fid + "/confirm", null).json().get("state").asText()).isEqualTo("OPEN");
        Api.Response again = post("/" + fid + "/confirm", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("INVALID_TRANSITION");
        assertThat(post("/" + fid + "/dismiss", Map.of("reason", "x")).json().get("code").asText()).isEqualTo("INVALID_TRANSITION");

        assertThat(put(fid, Map.of("state", "ACCEPTED")).status()).isEqualTo(422);
        JsonNode accepted = put(fid, Map.of("state", "ACCEPTED", "reason", "来年度の更新で撤去")).json();
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("decidedBy").asText()).isEqualTo(p.subAStaff());

        Api.Response future = put(fid, Map.of("state", "FIXED", "fixedOn", fixture.today().plusDays(1).toString()));
        assertThat(future.status()).as(future.body()).isEqualTo(422);
        assertThat(put(fid, Map.of("state", "FIXED")).status()).isEqualTo(422);
        JsonNode fixedNow = put(fid, Map.of("state", "FIXED", "fixedOn", fixture.today().toString())).json();
        assertThat(fixedNow.get("fixedOn").asText()).isEqualTo(fixture.today().toString());

        assertThat(put(fid, Map.of("state", "ACCEPTED", "reason", "r")).json().get("code").asText()).isEqualTo("INVALID_TRANSITION");
        assertThat(put(fid, Map.of("state", "BROKEN")).status()).isEqualTo(422);
        JsonNode reopened = put(fid, Map.of("state", "OPEN")).json();
        assertThat(reopened.get("fixedOn").isNull()).isTrue();
        assertThat(reopened.get("history")).extracting(h -> h.get("to").asText())
                .containsExactly("SUGGESTED", "OPEN", "ACCEPTED", "FIXED", "OPEN");
        assertThat(reopened.get("history").get(2).get("reason").asText()).isEqualTo("来年度の更新で撤去");
        assertThat(reopened.get("history").get(1).get("by").asText()).isEqualTo(p.subAStaff());
        assertThat(fixture.audits("INVENTORY_FINDING_STATE", String.valueOf(fid))).isEqualTo(4);
    }

    @Test
    void theContractorReopensADismissedSuggestion() {
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "knownBefore", false));
        long fid = all().get(0).get("id").asLong();
        assertThat(post("/" + fid + "/dismiss", Map.of("reason", "誤り")).status()).isEqualTo(200);
        assertThat(put(fid, Map.of("state", "SUGGESTED")).json().get("state").asText()).isEqualTo("SUGGESTED");
    }

    @Test
    void aManualFindingIsOpenAndNamesOnlyAPointOfItsCase() {
        JsonNode point = Rows.create(api, p.subA(), p.caseId(), quiet());
        Map<String, Object> body = new HashMap<>();
        body.put("connectionId", point.get("id").asLong());
        body.put("severity", "LOW");
        body.put("title", "  保守用端末の共用アカウント ");
        body.put("description", "保守事業者の担当者全員が同じアカウントを使っている。");
        body.put("recommendation", "担当者ごとのアカウントに分けてください。");
        body.put("reference", "チェックリスト 2-3");
        Api.Response r = post("", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").asText()).isEqualTo("OPEN");
        assertThat(r.json().get("rule").isNull()).isTrue();
        assertThat(r.json().get("title").asText()).isEqualTo("保守用端末の共用アカウント");

        Api.Response wrongCase = post("", with(body, "connectionId", 999_999_999L));
        assertThat(wrongCase.status()).isEqualTo(422);
        assertThat(wrongCase.json().get("errors").get(0).get("column").asText()).isEqualTo("connectionId");
        Api.Response missing = post("", Map.of("title", "件名だけ"));
        assertThat(missing.status()).isEqualTo(422);
        Api.Response badSeverity = post("", Map.of("title", "t", "severity", "SEVERE"));
        assertThat(badSeverity.status()).isEqualTo(422);
        assertThat(all()).hasSize(1);
        assertThat(api.post(p.hospital(), findings(p.caseId()), body).status()).isEqualTo(403);
    }
}
