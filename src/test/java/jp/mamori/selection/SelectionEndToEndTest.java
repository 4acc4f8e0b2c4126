package jp.mamori.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Through the API only: program, registry, forms for several prefectures, prefecture fill, national fill,
 * a withdrawal and its replacement, a designation; the summary adds up and the history re-derives it all.
 */
@IntegrationTest
class SelectionEndToEndTest {

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    SelectionService selection;
    @Autowired
    JdbcClient jdbc;

    List<Hospital> bigHospitals(String pref, int n) {
        return registry.hospitalsIn(new PrefectureCode(pref)).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(n).toList();
    }

    @Test
    void fromFormsToFillsWithdrawalReplacementAndDesignation() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        // Akita (05): quota 3, 5 nominated (one without consent); Yamagata (06): quota 4, 2 nominated; Fukui (18): quota 0, 3 nominated
        String pid = programs.create(12, Map.of("05", 3, "06", 4, "18", 0));

        List<Hospital> akita = bigHospitals("05", 5);
        List<NominationRow> akitaRows = new ArrayList<>(Forms.eligibleRows(akita));
        akitaRows.set(1, Forms.withoutConsent(2, akita.get(1)));
        upload(pid, "05", akitaRows);
        upload(pid, "06", Forms.eligibleRows(bigHospitals("06", 2)));
        upload(pid, "18", Forms.eligibleRows(bigHospitals("18", 3)));

        JsonNode beforeFill = api.get(admin, "/api/v1/programs/" + pid + "/selection").json();
        assertThat(beforeFill.get("summary").get("selected").asInt()).isZero();
        assertThat(beforeFill.get("summary").get("ineligible").asInt()).isEqualTo(1);

        JsonNode prefectureFill = fill(admin, pid, "PREFECTURES");
        // Akita: ranks 1,3,4 selected (rank 2 has no consent), rank 5 waits; Yamagata: both; Fukui: none (quota 0)
        assertThat(prefectureFill.get("summary").get("selected").asInt()).isEqualTo(5);
        assertThat(prefectureFill.get("summary").get("waitlisted").asInt()).isEqualTo(4);
        assertThat(prefectureFill.get("summary").get("openPrefectureSlots").asInt()).isEqualTo(2);

        JsonNode akitaRank3 = decision(admin, pid, akita.get(2).code().value());
        assertThat(akitaRank3.get("status").asText()).isEqualTo("SELECTED");
        assertThat(akitaRank3.get("origin").asText()).isEqualTo("QUOTA");
        assertThat(akitaRank3.get("explanation").asText()).contains("順位3").contains("同意");
        JsonNode akitaRank2 = decision(admin, pid, akita.get(1).code().value());
        assertThat(akitaRank2.get("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(akitaRank2.get("reasons").get(0).asText()).isEqualTo("NO_CONSENT");

        JsonNode nationalFill = fill(admin, pid, "NATIONAL");
        // capacity 12, 5 selected, 4 eligible waiting (Akita rank 5, Fukui x3): all four taken as surplus
        assertThat(nationalFill.get("summary").get("selected").asInt()).isEqualTo(9);
        assertThat(nationalFill.get("summary").get("waitlisted").asInt()).isZero();
        JsonNode akitaRank5 = decision(admin, pid, akita.get(4).code().value());
        assertThat(akitaRank5.get("slot").asText()).isEqualTo("NATIONAL");
        assertThat(akitaRank5.get("origin").asText()).isEqualTo("SURPLUS");

        // a reason that would display as something else is refused before anything changes
        Api.Response hidden = api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", akita.get(4).code().value(), "reason", "病院から\u202E辞退の連絡"));
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(422);
        assertThat(hidden.body()).contains("辞退の理由").contains("U+202E");
        assertThat(decision(admin, pid, akita.get(4).code().value()).get("status").asText()).isEqualTo("SELECTED");

        // a surplus selection withdraws: nobody waits in Akita, so the slot stays open
        Api.Response w = api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", akita.get(4).code().value(), "reason", "病院から辞退の連絡"));
        assertThat(w.status()).as(w.body()).isEqualTo(200);
        assertThat(w.json().get("replacement").isNull()).isTrue();
        assertThat(api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", akita.get(4).code().value(), "reason", "二重登録")).status()).isEqualTo(409);

        // Akita designates a hospital: appended after the last rank; no prefecture slot is open (3 of 3), so it waits
        Hospital designated = registry.hospitalsIn(new PrefectureCode("05")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20 && akita.stream().noneMatch(a -> a.code().equals(h.code())))
                .findFirst().orElseThrow();
        Api.Response d = api.post(api.token(Role.PREFECTURE, "05"), "/api/v1/programs/" + pid + "/prefectures/05/designations",
                designation(designated.code().value()));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        JsonNode designatedDecision = decision(admin, pid, designated.code().value());
        assertThat(designatedDecision.get("rank").asInt()).isEqualTo(6);
        assertThat(designatedDecision.get("status").asText()).isEqualTo("WAITLISTED");
        JsonNode list = api.get(admin, "/api/v1/programs/" + pid + "/prefectures/05/nominations").json();
        assertThat(list.get("nominations").get(5).get("origin").asText()).isEqualTo("DESIGNATED");

        // a prefecture-slot hospital withdraws: the designated hospital replaces it
        Api.Response w2 = api.post(api.token(Role.PREFECTURE, "05"), "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", akita.get(0).code().value(), "reason", "院内システム更改と重なるため"));
        assertThat(w2.status()).as(w2.body()).isEqualTo(200);
        assertThat(w2.json().get("replacement").asText()).isEqualTo(designated.code().value());
        JsonNode replacement = decision(admin, pid, designated.code().value());
        assertThat(replacement.get("origin").asText()).isEqualTo("REPLACEMENT");
        assertThat(replacement.get("slot").asText()).isEqualTo("PREFECTURE");

        JsonNode end = api.get(admin, "/api/v1/programs/" + pid + "/selection").json();
        JsonNode s = end.get("summary");
        int total = s.get("selected").asInt() + s.get("waitlisted").asInt() + s.get("ineligible").asInt() + s.get("withdrawn").asInt();
        assertThat(total).isEqualTo(end.get("decisions").size()).isEqualTo(11);
        assertThat(s.get("withdrawn").asInt()).isEqualTo(2);
        assertThat(s.get("selected").asInt()).isEqualTo(8);
        assertThat(s.get("openNationalSlots").asInt()).isEqualTo(12 - 8);
        int prefectureSlots = 0;
        for (JsonNode dec : end.get("decisions")) {
            if (dec.get("status").asText().equals("SELECTED") && dec.get("slot").asText().equals("PREFECTURE")) {
                prefectureSlots++;
            }
        }
        assertThat(s.get("openPrefectureSlots").asInt()).isEqualTo(7 - prefectureSlots);

        // invariant 6: replaying the stored history from nothing gives exactly the stored decisions
        api.get(admin, "/api/v1/programs/" + pid + "/selection/history");
        assertThat(storedDecisionsFromTheApi(end)).isEqualTo(rederivedAsAdmin(pid));
    }

    Map<String, String> storedDecisionsFromTheApi(JsonNode selection) {
        Map<String, String> out = new HashMap<>();
        selection.get("decisions").forEach(d -> out.put(d.get("hospitalCode").asText(),
                d.get("status").asText() + "/" + d.get("slot").asText() + "/" + d.get("origin").asText() + "/"
                        + d.get("waitlistPosition").asText() + "/" + d.get("explanation").asText()));
        return out;
    }

    Map<String, String> rederivedAsAdmin(String pid) {
        Map<String, String> out = new HashMap<>();
        jp.mamori.support.AsUser.admin(() -> selection.rederive(pid)).forEach(d -> out.put(d.hospitalCode().value(),
                d.status() + "/" + (d.slot() == null ? "null" : d.slot()) + "/" + (d.origin() == null ? "null" : d.origin())
                        + "/" + (d.waitlistPosition() == null ? "null" : d.waitlistPosition()) + "/" + d.explanationJa()));
        return out;
    }

    static Map<String, Object> designation(String code) {
        return Map.of("hospitalCode", code, "consent", true, "emr", "全部導入", "support", "両方",
                "contacts", List.of(Map.of("department", "情報システム課", "name", "鈴木 一郎", "phone", "018-123-4567",
                                "email", "it@example.jp"),
                        Map.of("department", "事務部", "name", "高橋 次郎", "phone", "018-123-4568", "email", "jimu@example.jp")));
    }

    void upload(String pid, String pref, List<NominationRow> rows) {
        Api.Response r = api.upload(api.token(Role.PREFECTURE, pref), "/api/v1/programs/" + pid + "/prefectures/" + pref + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(pref), rows), "list.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(rows.size());
    }

    JsonNode fill(String admin, String pid, String scope) {
        Api.Response r = api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", scope));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode decision(String token, String pid, String code) {
        for (JsonNode d : api.get(token, "/api/v1/programs/" + pid + "/selection").json().get("decisions")) {
            if (d.get("hospitalCode").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no decision for " + code);
    }
}
