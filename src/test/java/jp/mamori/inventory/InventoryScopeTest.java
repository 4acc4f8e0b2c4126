package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.connections;
import static jp.mamori.inventory.Rows.findings;
import static jp.mamori.inventory.Rows.findingsOf;
import static jp.mamori.inventory.Rows.ofRule;
import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** survey.md, "Who sees what", for the inventory and the findings: every party of a subcontractor's case. */
@IntegrationTest
class InventoryScopeTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;
    long suggested;
    long open;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "alwaysOn", true, "authentication", "PASSWORD", "knownBefore", false));
        suggested = ofRule(findingsOf(api, p.subA(), p.caseId()), "ALWAYS_ON_PASSWORD_ONLY").get(0).get("id").asLong();
        open = ofRule(findingsOf(api, p.subA(), p.caseId()), "UNKNOWN_BEFORE_SURVEY").get(0).get("id").asLong();
        assertThat(api.post(p.subA(), findings(p.caseId()) + "/" + open + "/confirm", null).status()).isEqualTo(200);
    }

    int read(String token, String path) {
        return api.get(token, path).status();
    }

    @Test
    void theHospitalReadsItsOwnButSeesNoSuggestion() {
        assertThat(read(p.hospital(), connections(p.caseId()))).isEqualTo(200);
        assertThat(findingsOf(api, p.hospital(), p.caseId())).extracting(f -> f.get("id").asLong()).containsExactly(open);
        Api.Response named = api.post(p.hospital(), findings(p.caseId()) + "/" + suggested + "/confirm", null);
        assertThat(named.status()).isEqualTo(404);
        assertThat(api.put(p.hospital(), findings(p.caseId()) + "/" + suggested, Map.of("state", "FIXED", "fixedOn",
                fixture.today().toString())).status()).isEqualTo(404);
        assertThat(api.post(p.hospital(), connections(p.caseId()), quiet()).status()).isEqualTo(403);
    }

    @Test
    void theHospitalAcceptsItsOwnRiskAndSetsFixedButNothingElse() {
        String path = findings(p.caseId()) + "/" + open;
        JsonNode accepted = api.put(p.hospital(), path, Map.of("state", "ACCEPTED", "reason", "更新時に撤去")).json();
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(api.put(p.hospital(), path, Map.of("state", "OPEN")).status()).isEqualTo(403);
        assertThat(api.put(p.hospital(), path, Map.of("state", "FIXED", "fixedOn", fixture.today().toString())).json()
                .get("state").asText()).isEqualTo("FIXED");
        assertThat(api.put(p.hospital(), path, Map.of("state", "OPEN")).status()).isEqualTo(403);
    }

    @Test
    void anotherHospitalIsRefused() {
        assertThat(read(p.otherHospital(), connections(p.caseId()))).isEqualTo(403);
        assertThat(read(p.otherHospital(), findings(p.caseId()))).isEqualTo(403);
        assertThat(api.put(p.otherHospital(), findings(p.caseId()) + "/" + open, Map.of("state", "ACCEPTED", "reason", "r")).status())
                .isEqualTo(403);
    }

    @Test
    void theSubcontractorAndItsParentContractorReadAndWriteAnotherSubcontractorNothing() {
        assertThat(findingsOf(api, p.subA(), p.caseId())).hasSize(2);
        assertThat(findingsOf(api, p.prime(), p.caseId())).hasSize(2);
        assertThat(api.post(p.prime(), connections(p.caseId()), quiet()).status()).isEqualTo(201);
        assertThat(read(p.subB(), connections(p.caseId()))).isEqualTo(403);
        assertThat(read(p.subB(), findings(p.caseId()))).isEqualTo(403);
        assertThat(api.post(p.subB(), connections(p.caseId()), quiet()).status()).isEqualTo(403);
        assertThat(api.post(p.subB(), findings(p.caseId()) + "/" + suggested + "/confirm", null).status()).isEqualTo(403);
    }

    @Test
    void thePrefectureReadsOnlyWithConsentAndNeverWrites() {
        assertThat(read(p.prefecture(), connections(p.caseId()))).isEqualTo(403);
        assertThat(read(p.prefecture(), findings(p.caseId()))).isEqualTo(403);
        Api.Response consent = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true));
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(read(p.prefecture(), connections(p.caseId()))).isEqualTo(200);
        assertThat(findingsOf(api, p.prefecture(), p.caseId())).hasSize(2);
        assertThat(read(p.otherPrefecture(), connections(p.caseId()))).isEqualTo(403);
        assertThat(api.post(p.prefecture(), connections(p.caseId()), quiet()).status()).isEqualTo(403);
        assertThat(api.post(p.prefecture(), findings(p.caseId()) + "/" + suggested + "/confirm", null).status()).isEqualTo(403);
    }

    @Test
    void theMinistryAndTheAuditorSeeFiguresOnly() {
        for (String token : new String[] {p.admin(), p.auditor()}) {
            assertThat(read(token, connections(p.caseId()))).isEqualTo(403);
            assertThat(read(token, findings(p.caseId()))).isEqualTo(403);
            assertThat(api.post(token, connections(p.caseId()), quiet()).status()).isEqualTo(403);
            assertThat(api.post(token, findings(p.caseId()) + "/" + suggested + "/confirm", null).status()).isEqualTo(403);
        }
    }

    @Test
    void everyReadIsOnTheRecordAndARefusedOneIsNot() {
        String id = String.valueOf(p.caseId());
        long connections = fixture.audits("INVENTORY_CONNECTIONS_READ", id);
        long findingReads = fixture.audits("INVENTORY_FINDINGS_READ", id);
        read(p.hospital(), connections(p.caseId()));
        read(p.subA(), connections(p.caseId()));
        read(p.hospital(), findings(p.caseId()));
        read(p.admin(), findings(p.caseId()));
        assertThat(fixture.audits("INVENTORY_CONNECTIONS_READ", id)).isEqualTo(connections + 2);
        assertThat(fixture.audits("INVENTORY_FINDINGS_READ", id)).isEqualTo(findingReads + 1);
    }
}
