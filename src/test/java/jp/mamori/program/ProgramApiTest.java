package jp.mamori.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProgramApiTest {

    @Autowired
    Api api;

    String admin;

    @BeforeEach
    void token() {
        admin = api.token(Role.MHLW_ADMIN, null);
    }

    static Map<String, Object> example() {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "令和7年度 医療機関におけるサイバーセキュリティ確保事業");
        p.put("fiscalYear", 2025);
        p.put("ruleSet", "FY2025");
        p.put("nationalCapacity", 2000);
        p.put("submissionDeadline", "2025-07-18");
        p.put("onsiteCompletionDeadline", "2026-01-31");
        p.put("emrDeadline", null);
        p.put("previousProgramId", null);
        p.put("bedBands", List.of(Map.of("id", "S", "minBeds", 20, "maxBeds", 199), Map.of("id", "L", "minBeds", 200)));
        p.put("bandSpill", false);
        p.put("quotas", List.of(Map.of("prefectureCode", "13", "quota", 45, "bands", Map.of("S", 30, "L", 15))));
        return p;
    }

    static String newId() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsThenReplacesAndReadsTheProgramBack() {
        String id = newId();
        Api.Response created = api.put(admin, "/api/v1/programs/" + id, example());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Map<String, Object> changed = example();
        changed.put("nationalCapacity", 2100);
        Api.Response replaced = api.put(admin, "/api/v1/programs/" + id, changed);
        assertThat(replaced.status()).isEqualTo(200);

        JsonNode p = api.get(admin, "/api/v1/programs/" + id).json();
        assertThat(p.get("nationalCapacity").asInt()).isEqualTo(2100);
        assertThat(p.get("fiscalYearJa").asText()).isEqualTo("令和7年度");
        assertThat(p.get("bedBands").get(1).get("maxBeds").isNull()).isTrue();
        assertThat(p.get("quotas").get(0).get("bands").get("S").asInt()).isEqualTo(30);
        assertThat(p.get("submissionDeadline").asText()).isEqualTo("2025-07-18");
        assertThat(p.get("priorityKeys").get(0).asText()).isEqualTo("DISASTER_BASE");
    }

    @Test
    void reportsEveryProblemAtOnceAndStoresNothing() {
        String id = newId();
        Map<String, Object> bad = example();
        bad.put("submissionDeadline", "2025-02-30");
        bad.put("bedBands", List.of(Map.of("id", "S", "minBeds", 20, "maxBeds", 250), Map.of("id", "L", "minBeds", 200)));
        bad.put("quotas", List.of(Map.of("prefectureCode", "13", "quota", 45, "bands", Map.of("S", 30, "L", 10))));
        Api.Response r = api.put(admin, "/api/v1/programs/" + id, bad);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsText("code")).contains("INVALID_DATE");
        assertThat(api.get(admin, "/api/v1/programs/" + id).status()).isEqualTo(404);

        bad.put("submissionDeadline", "2025-07-18");
        Api.Response r2 = api.put(admin, "/api/v1/programs/" + id, bad);
        assertThat(r2.json().get("errors").findValuesAsText("code"))
                .containsExactlyInAnyOrder("OVERLAPPING_BANDS", "BAND_QUOTAS_DO_NOT_ADD_UP");
        assertThat(r2.json().get("errors").findValuesAsText("message"))
                .allSatisfy(m -> assertThat(m).containsPattern("[ぁ-んァ-ン一-龥]"));
    }

    @Test
    void refusesAStaleVersion() {
        String id = newId();
        api.put(admin, "/api/v1/programs/" + id, example());
        int version = api.get(admin, "/api/v1/programs/" + id).json().get("version").asInt();
        Map<String, Object> first = example();
        first.put("version", version);
        assertThat(api.put(admin, "/api/v1/programs/" + id, first).status()).isEqualTo(200);
        Api.Response stale = api.put(admin, "/api/v1/programs/" + id, first);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("CONCURRENT_UPDATE");
    }

    @Test
    void extendsOnePrefecturesDeadline() {
        String id = newId();
        api.put(admin, "/api/v1/programs/" + id, example());
        Api.Response r = api.put(admin, "/api/v1/programs/" + id + "/prefectures/27/extension", Map.of("until", "2025-07-25"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("closesAt").asText()).isEqualTo("2025-07-26T00:00:00+09:00");
        assertThat(api.get(admin, "/api/v1/programs/" + id).json().get("extensions").get("27").asText()).isEqualTo("2025-07-25");

        Api.Response early = api.put(admin, "/api/v1/programs/" + id + "/prefectures/27/extension", Map.of("until", "2025-07-01"));
        assertThat(early.status()).isEqualTo(422);
        Api.Response impossible = api.put(admin, "/api/v1/programs/" + id + "/prefectures/27/extension", Map.of("until", "2025-07-32"));
        assertThat(impossible.status()).isEqualTo(422);
    }

    @Test
    void onlyTheMinistryDefinesProgramsButEveryoneReadsThem() {
        String id = newId();
        api.put(admin, "/api/v1/programs/" + id, example());
        for (Role role : new Role[]{Role.PREFECTURE, Role.AUDITOR, Role.CONTRACTOR}) {
            String t = api.token(role, role == Role.PREFECTURE ? "13" : null);
            assertThat(api.put(t, "/api/v1/programs/" + id, example()).status()).as(role.name()).isEqualTo(403);
            assertThat(api.put(t, "/api/v1/programs/" + id + "/prefectures/13/extension", Map.of("until", "2025-08-01"))
                    .status()).as(role.name()).isEqualTo(403);
            assertThat(api.get(t, "/api/v1/programs/" + id).status()).as(role.name()).isEqualTo(200);
        }
        assertThat(api.get(null, "/api/v1/programs/" + id).status()).isEqualTo(401);
    }
}
