package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Last year's inventory pre-fills this year's when last year's contractor (or its contractor or subcontractor in
 * the same line) holds this year's case, or when the hospital agreed; never into an inventory already started.
 */
@IntegrationTest
class InventoryCarryOverTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestPrograms programs;
    @Autowired
    ConnectionStore store;
    @Autowired
    JdbcClient jdbc;

    SurveyFixture.Parties p;
    String subA;
    String prime;
    String subB;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
        subA = jdbc.sql("SELECT organization_id FROM survey_case WHERE id = :id").param("id", p.caseId()).query(String.class).single();
        prime = jdbc.sql("SELECT parent_id FROM organization WHERE id = :id").param("id", subA).query(String.class).single();
        subB = jdbc.sql("SELECT id FROM organization WHERE parent_id = :p AND id <> :a").param("p", prime).param("a", subA)
                .query(String.class).single();
    }

    /** Last year's case of the same hospital, held by {@code organization}, with one point; its id. */
    long lastYear(String organization, boolean withPoint) {
        String previous = programs.create(10, Map.of("13", 1));
        jdbc.sql("UPDATE program SET previous_program_id = :prev WHERE id = :id").param("prev", previous).param("id", p.pid()).update();
        long id = jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, organization_id)
                SELECT :prog, hospital_code, prefecture_code, :org FROM survey_case WHERE id = :c RETURNING id""")
                .param("prog", previous).param("org", organization).param("c", p.caseId()).query(Long.class).single();
        if (withPoint) {
            store.insert(new ConnectionPoint(null, id, Purpose.REMOTE_MAINTENANCE, "A社 保守センター", "PACS", Line.INTERNET_VPN,
                    new Device("Fortinet", "FortiGate 60F", "7.0.1", "192.0.2.1"), true, null, jp.mamori.inventory.domain.Authentication.PASSWORD,
                    true, true, false, java.time.LocalDate.of(2025, 4, 1), false, PointStatus.ONSITE, "昨年度の調査で判明"),
                    "last-year", java.time.Instant.now());
        }
        return id;
    }

    String carryOver() {
        return "/api/v1/cases/" + p.caseId() + "/connections/carry-over";
    }

    String consent() {
        return "/api/v1/cases/" + p.caseId() + "/inventory-carryover";
    }

    @Test
    void theSameOrganizationCarriesLastYearsPointsOverAsDraftsWithTheirNotesAndTheReadOfLastYearIsOnItsRecord() {
        long last = lastYear(subA, true);
        Api.Response r = api.post(p.subA(), carryOver(), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("count").asInt()).isEqualTo(1);
        assertThat(r.json().get("fromCaseId").asLong()).isEqualTo(last);
        JsonNode row = r.json().get("connections").get(0);
        assertThat(row.get("status").asText()).isEqualTo("DIAGRAM");
        assertThat(row.get("note").asText()).isEqualTo("昨年度の調査で判明");
        assertThat(row.get("counterpart").asText()).isEqualTo("A社 保守センター");
        assertThat(row.get("device").get("product").asText()).isEqualTo("FortiGate 60F");
        assertThat(row.get("authentication").asText()).isEqualTo("PASSWORD");
        assertThat(row.get("knownBefore").isNull()).isTrue();
        assertThat(fixture.audits("INVENTORY_CARRYOVER_READ", String.valueOf(last))).isEqualTo(1);
        assertThat(fixture.audits("INVENTORY_CARRIED_OVER", String.valueOf(p.caseId()))).isEqualTo(1);
        // the rules ran on the copy: an always-on password-only maintenance line
        assertThat(Rows.ofRule(Rows.findingsOf(api, p.subA(), p.caseId()), "ALWAYS_ON_PASSWORD_ONLY")).hasSize(1);

        Api.Response again = api.post(p.subA(), carryOver(), Map.of());
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("INVENTORY_NOT_EMPTY");
        assertThat(api.get(p.subA(), Rows.connections(p.caseId())).json().get("connections")).hasSize(1);
    }

    @Test
    void lastYearsContractorOfThisYearsSubcontractorCountsAsTheSame() {
        lastYear(prime, true);
        Api.Response r = api.post(p.subA(), carryOver(), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void anotherSubcontractorsCaseNeedsTheHospitalsConsentAndAWithdrawnConsentRefusesAgain() {
        long last = lastYear(subB, true);
        Api.Response refused = api.post(p.subA(), carryOver(), Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("CARRYOVER_NOT_ALLOWED");
        assertThat(refused.json().get("detail").asText()).contains("病院が引き継ぎに同意すると");
        assertThat(fixture.audits("INVENTORY_CARRYOVER_READ", String.valueOf(last))).isZero();
        JsonNode state = api.get(p.subA(), consent()).json();
        assertThat(state.get("allowed").asBoolean()).isFalse();
        assertThat(state.get("previousCase").asBoolean()).isTrue();
        assertThat(state.get("possible").asBoolean()).isFalse();

        // the hospital agrees, then withdraws before the contractor acts
        Api.Response yes = api.put(p.hospital(), consent(), Map.of("allowed", true));
        assertThat(yes.status()).as(yes.body()).isEqualTo(200);
        assertThat(yes.json().get("possible").asBoolean()).isTrue();
        assertThat(api.get(p.subA(), consent()).json().get("allowed").asBoolean()).isTrue();
        Api.Response no = api.put(p.hospital(), consent(), Map.of("allowed", false));
        assertThat(no.status()).as(no.body()).isEqualTo(200);
        assertThat(fixture.audits("INVENTORY_CARRYOVER_CONSENT", String.valueOf(p.caseId()))).isEqualTo(2);
        Api.Response withdrawn = api.post(p.subA(), carryOver(), Map.of());
        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().get("code").asText()).isEqualTo("CARRYOVER_NOT_ALLOWED");

        assertThat(api.put(p.hospital(), consent(), Map.of("allowed", true)).status()).isEqualTo(200);
        Api.Response allowed = api.post(p.subA(), carryOver(), Map.of());
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().get("count").asInt()).isEqualTo(1);
        assertThat(fixture.audits("INVENTORY_CARRYOVER_READ", String.valueOf(last))).isEqualTo(1);
    }

    @Test
    void onlyTheHospitalDecidesAndOnlyItAndTheAssignedContractorReadTheChoice() {
        lastYear(subB, true);
        assertThat(api.put(p.subA(), consent(), Map.of("allowed", true)).status()).isEqualTo(403);
        assertThat(api.put(p.otherHospital(), consent(), Map.of("allowed", true)).status()).isEqualTo(403);
        Api.Response malformed = api.put(p.hospital(), consent(), Map.of("allowed", "はい"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(api.get(p.hospital(), consent()).status()).isEqualTo(200);
        assertThat(api.get(p.subB(), consent()).status()).isEqualTo(403);
        assertThat(api.get(p.prefecture(), consent()).status()).isEqualTo(403);
        assertThat(api.post(p.hospital(), carryOver(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(p.subB(), carryOver(), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void withoutALastYearOrWithAnEmptyOneThereIsNothingToCarryOver() {
        Api.Response none = api.post(p.subA(), carryOver(), Map.of());
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.json().get("code").asText()).isEqualTo("NO_PREVIOUS_INVENTORY");
        assertThat(api.get(p.subA(), consent()).json().get("previousCase").asBoolean()).isFalse();

        lastYear(subA, false);
        Api.Response empty = api.post(p.subA(), carryOver(), Map.of());
        assertThat(empty.status()).as(empty.body()).isEqualTo(409);
        assertThat(empty.json().get("code").asText()).isEqualTo("NO_PREVIOUS_INVENTORY");
    }

    @Test
    void anInventoryAlreadyStartedIsNotOverwritten() {
        lastYear(subA, true);
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "system", "電子カルテ"));
        Api.Response r = api.post(p.subA(), carryOver(), Map.of());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("INVENTORY_NOT_EMPTY");
    }
}
