package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.connections;
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
import org.springframework.http.MediaType;

/** api-survey.md, Connection inventory: the round trip, what is refused, and two people saving at once. */
@IntegrationTest
class ConnectionApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;

    @BeforeEach
    void setUp() {
        p = fixture.create();
    }

    List<JsonNode> rows() {
        Api.Response r = api.get(p.subA(), connections(p.caseId()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("connections").forEach(out::add);
        return out;
    }

    @Test
    void beforeTheMemorandumNothingIsWritten() {
        Api.Response r = api.post(p.subA(), connections(p.caseId()), quiet());
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("MEMORANDUM_PENDING");
        assertThat(rows()).isEmpty();
    }

    @Test
    void aRowIsAddedReadChangedAndDeletedWithItsTextKeptAsTypedAndEveryStepAudited() {
        fixture.signMemorandum(p);
        Map<String, Object> row = with(quiet(), "counterpart", "  Ａ社　保守センター（本社） ", "note", "週1回\n技師長が開ける",
                "alwaysOn", null, "knownBefore", null);
        JsonNode created = Rows.create(api, p.subA(), p.caseId(), row);
        long id = created.get("id").asLong();
        assertThat(created.get("counterpart").asText()).isEqualTo("Ａ社　保守センター（本社）");
        assertThat(created.get("note").asText()).isEqualTo("週1回\n技師長が開ける");
        assertThat(created.get("alwaysOn").isNull()).isTrue();
        assertThat(created.get("version").asInt()).isZero();
        assertThat(fixture.audits("INVENTORY_CONNECTION_CREATED", String.valueOf(id))).isEqualTo(1);

        JsonNode listed = rows().get(0);
        for (String field : List.of("id", "purpose", "counterpart", "system", "line", "device", "alwaysOn", "openedBy",
                "authentication", "sourceRestricted", "logging", "logReviewed", "lastPatchedOn", "knownBefore", "status", "note")) {
            assertThat(listed.has(field)).as(field).isTrue();
        }
        assertThat(listed.get("device").get("product").asText()).isEqualTo("RTX1300");
        assertThat(listed.get("device").has("address")).isTrue();
        assertThat(listed.get("line").asText()).isEqualTo("INTERNET_VPN");

        Map<String, Object> bareAddress = new HashMap<>();
        bareAddress.put("address", "203.0.113.5");
        JsonNode changed = Rows.update(api, p.subA(), p.caseId(), created, with(row, "device", bareAddress, "status", "ONSITE"));
        assertThat(changed.get("device").get("vendor").isNull()).isTrue();
        assertThat(changed.get("device").get("address").asText()).isEqualTo("203.0.113.5");
        assertThat(changed.get("status").asText()).isEqualTo("ONSITE");
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(fixture.audits("INVENTORY_CONNECTION_UPDATED", String.valueOf(id))).isEqualTo(1);

        Api.Response deleted = api.send("DELETE", p.subA(), connections(p.caseId()) + "/" + id, MediaType.APPLICATION_JSON, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(rows()).isEmpty();
        assertThat(fixture.audits("INVENTORY_CONNECTION_DELETED", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void refusedRowsNameEveryFieldInJapaneseAndStoreNothing() {
        fixture.signMemorandum(p);
        String tomorrow = fixture.today().plusDays(1).toString();
        Map<String, Object> bad = with(quiet(), "purpose", "SATELLITE", "lastPatchedOn", tomorrow, "counterpart", "あ".repeat(201),
                "alwaysOn", "はい", "authentication", "BIOMETRIC", "status", null);
        Api.Response r = api.post(p.subA(), connections(p.caseId()), bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<String> columns = new ArrayList<>();
        r.json().get("errors").forEach(e -> columns.add(e.get("column").asText()));
        assertThat(columns).containsExactlyInAnyOrder("purpose", "lastPatchedOn", "counterpart", "alwaysOn", "authentication", "status");
        r.json().get("errors").forEach(e -> assertThat(e.get("message").asText()).containsPattern("[ぁ-んァ-ヶ一-龠]"));
        assertThat(r.body()).contains("未来の日付").contains("200文字以内");
        assertThat(rows()).isEmpty();

        JsonNode stored = Rows.create(api, p.subA(), p.caseId(), quiet());
        Api.Response put = api.put(p.subA(), connections(p.caseId()) + "/" + stored.get("id").asLong(),
                with(quiet(), "line", "CARRIER_PIGEON", "version", 0));
        assertThat(put.status()).as(put.body()).isEqualTo(422);
        assertThat(rows()).singleElement().satisfies(x -> {
            assertThat(x.get("line").asText()).isEqualTo("INTERNET_VPN");
            assertThat(x.get("version").asInt()).isZero();
        });
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedAndOverwritesNothing() {
        fixture.signMemorandum(p);
        JsonNode stored = Rows.create(api, p.subA(), p.caseId(), quiet());
        String path = connections(p.caseId()) + "/" + stored.get("id").asLong();
        Api.Response first = api.put(p.subA(), path, with(quiet(), "counterpart", "B社", "version", 0));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response second = api.put(p.prime(), path, with(quiet(), "counterpart", "C社", "version", 0));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("STALE_VERSION");
        Api.Response staleDelete = api.send("DELETE", p.prime(), path + "?version=0", MediaType.APPLICATION_JSON, null);
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(rows()).singleElement().satisfies(x -> assertThat(x.get("counterpart").asText()).isEqualTo("B社"));
    }

    @Test
    void aPointIsReachedOnlyThroughItsOwnCase() {
        fixture.signMemorandum(p);
        JsonNode stored = Rows.create(api, p.subA(), p.caseId(), quiet());
        Api.Response r = api.put(p.subA(), connections(p.otherCaseId()) + "/" + stored.get("id").asLong(), quiet());
        assertThat(r.status()).isEqualTo(403);
        assertThat(rows()).singleElement().satisfies(x -> assertThat(x.get("counterpart").asText()).isEqualTo("A社 保守センター"));
    }
}
