package jp.mamori.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;

/** Connection rows and findings over HTTP for the inventory's integration tests. */
public final class Rows {

    private Rows() {
    }

    static String connections(long caseId) {
        return "/api/v1/cases/" + caseId + "/connections";
    }

    static String findings(long caseId) {
        return "/api/v1/cases/" + caseId + "/findings";
    }

    /** A well-kept point that raises nothing: on demand, two-factor, restricted, logged and reviewed, known, patched. */
    public static Map<String, Object> quiet() {
        Map<String, Object> device = new HashMap<>();
        device.put("vendor", "ヤマハ");
        device.put("product", "RTX1300");
        device.put("version", "7.2.8");
        device.put("address", "192.0.2.10");
        Map<String, Object> m = new HashMap<>();
        m.put("purpose", "REMOTE_MAINTENANCE");
        m.put("counterpart", "A社 保守センター");
        m.put("system", "PACS");
        m.put("line", "INTERNET_VPN");
        m.put("device", device);
        m.put("alwaysOn", false);
        m.put("openedBy", "放射線科 技師長");
        m.put("authentication", "TWO_FACTOR");
        m.put("sourceRestricted", true);
        m.put("logging", true);
        m.put("logReviewed", true);
        m.put("lastPatchedOn", java.time.LocalDate.now(jp.mamori.shared.JapaneseDates.TOKYO).minusDays(10).toString());
        m.put("knownBefore", true);
        m.put("status", "HEARING");
        m.put("note", null);
        return m;
    }

    static Map<String, Object> with(Map<String, Object> row, Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>(row);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static JsonNode create(Api api, String token, long caseId, Map<String, Object> row) {
        Api.Response r = api.post(token, connections(caseId), row);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static JsonNode update(Api api, String token, long caseId, JsonNode stored, Map<String, Object> row) {
        Api.Response r = api.put(token, connections(caseId) + "/" + stored.get("id").asLong(),
                with(row, "version", stored.get("version").asInt()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<JsonNode> findingsOf(Api api, String token, long caseId) {
        Api.Response r = api.get(token, findings(caseId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("findings").forEach(out::add);
        return out;
    }

    static List<JsonNode> ofRule(List<JsonNode> findings, String rule) {
        return findings.stream().filter(f -> rule.equals(f.get("rule").asText(null))).toList();
    }
}
