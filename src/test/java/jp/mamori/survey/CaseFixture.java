package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestPrograms;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A program with three selected cases in one prefecture, a contractor with two subcontractors and their accounts. */
abstract class CaseFixture {

    static final String PREF = "26";
    static final String PASSWORD = "Case-Fixture-Pass-7";

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentVault vault;

    String admin;
    String pid;
    List<JsonNode> cases;
    String prime;
    String subA;
    String subB;
    String primeManager;
    String primeStaff;
    String subAStaff;
    String subAManager;
    String subBStaff;
    List<Hospital> hs;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
        hs = registry.hospitalsIn(new PrefectureCode(PREF)).stream().filter(h -> h.beds() != null && h.beds() >= 20).limit(4).toList();
        pid = programs.create(20, Map.of(PREF, 3));
        Api.Response up = api.upload(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(PREF), Forms.eligibleRows(hs)), "l.xlsx");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES")).status()).isEqualTo(200);
        cases = list(admin, "");
        assertThat(cases).hasSize(3);
        String s = UUID.randomUUID().toString().substring(0, 6);
        prime = organization("prime-" + s, "CONTRACTOR", null);
        subA = organization("suba-" + s, "SUBCONTRACTOR", prime);
        subB = organization("subb-" + s, "SUBCONTRACTOR", prime);
        primeManager = account(prime, true);
        primeStaff = account(prime, false);
        subAStaff = account(subA, false);
        subAManager = account(subA, true);
        subBStaff = account(subB, false);
    }

    String organization(String id, String kind, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "株式会社 " + id);
        body.put("kind", kind);
        body.put("parentId", parent);
        body.put("email", id + "@example.jp");
        Api.Response r = api.post(admin, "/api/v1/organizations", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    String account(String organizationId, boolean manager) {
        String name = "case-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post(admin, "/api/v1/users", Map.of("username", name, "password", PASSWORD, "role", "CONTRACTOR",
                "organizationId", organizationId, "manager", manager));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    String token(String username) {
        return api.login(username, PASSWORD);
    }

    List<JsonNode> list(String token, String query) {
        Api.Response r = api.get(token, "/api/v1/programs/" + pid + "/cases" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("cases").forEach(out::add);
        return out;
    }

    long caseId(int i) {
        return cases.get(i).get("id").asLong();
    }

    String hospitalOf(int i) {
        return cases.get(i).get("hospitalCode").asText();
    }

    Api.Response assign(String token, long id, String org, String lead, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("leadUsername", lead);
        body.put("assignedOn", on);
        return api.put(token, "/api/v1/cases/" + id + "/assignment", body);
    }

    Api.Response step(String token, long id, String step, Map<String, Object> body) {
        return api.put(token, "/api/v1/cases/" + id + "/steps/" + step, body);
    }

    static LocalDate today() {
        return LocalDate.now(JapaneseDates.TOKYO);
    }
}
