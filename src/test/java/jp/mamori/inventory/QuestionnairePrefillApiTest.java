package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
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

/** The hearing's page starts from the questionnaire: one draft point per remotely maintained system, once. */
@IntegrationTest
class QuestionnairePrefillApiTest {

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

    static Map<String, Object> system(String name, String vendor, Boolean remote) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", "部門システム");
        m.put("vendor", vendor);
        m.put("remoteMaintenance", remote);
        return m;
    }

    String prefill() {
        return "/api/v1/cases/" + p.caseId() + "/connections/prefill";
    }

    @Test
    void theRemotelyMaintainedSystemsWithoutAPointBecomeDraftPointsAndASecondRunAddsNothing() {
        Api.Response answered = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire", Map.of("answers",
                Map.of("systems", List.of(system("ＰＡＣＳ", "Ａ社", true), system("電子カルテ", "B社", false),
                        system("検査システム", "株式会社 C社", true), system("給食システム", "D社", null)))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        // PACS by A社 is already in the inventory, typed another way
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "system", "PACS", "counterpart", "A社 株式会社"));

        Api.Response first = api.post(p.subA(), prefill(), Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("count").asInt()).isEqualTo(1);
        JsonNode row = first.json().get("connections").get(0);
        assertThat(row.get("system").asText()).isEqualTo("検査システム");
        assertThat(row.get("counterpart").asText()).isEqualTo("株式会社 C社");
        assertThat(row.get("purpose").asText()).isEqualTo("REMOTE_MAINTENANCE");
        assertThat(row.get("status").asText()).isEqualTo("DIAGRAM");
        assertThat(row.get("knownBefore").isNull()).isTrue();
        assertThat(fixture.audits("INVENTORY_PREFILLED", String.valueOf(p.caseId()))).isEqualTo(1);

        Api.Response second = api.post(p.subA(), prefill(), Map.of());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("count").asInt()).isZero();
        List<String> systems = new ArrayList<>();
        api.get(p.subA(), Rows.connections(p.caseId())).json().get("connections").forEach(c -> systems.add(c.get("system").asText()));
        assertThat(systems).containsExactlyInAnyOrder("PACS", "検査システム");
        assertThat(fixture.audits("INVENTORY_PREFILLED", String.valueOf(p.caseId()))).isEqualTo(1);
    }

    @Test
    void onlyTheAssignedContractorPrefills() {
        assertThat(api.post(p.hospital(), prefill(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(p.subB(), prefill(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(p.prefecture(), prefill(), Map.of()).status()).isEqualTo(403);
    }
}
