package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UserApiTest {

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
    }

    Map<String, Object> user(String role) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", "new-" + UUID.randomUUID().toString().substring(0, 8));
        m.put("password", "A-Good-Long-Pass-7");
        m.put("role", role);
        return m;
    }

    @Test
    void createsAPrefectureAccountThatSeesItsOwnPrefecture() {
        Map<String, Object> u = user("PREFECTURE");
        u.put("prefectureCode", "27");
        u.put("organization", "大阪府 健康医療部");
        Api.Response r = api.post(admin, "/api/v1/users", u);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("prefectureCode").asText()).isEqualTo("27");
        assertThat(r.json().has("password")).isFalse();
        String token = api.login((String) u.get("username"), "A-Good-Long-Pass-7");
        assertThat(api.get(token, "/api/v1/hospitals?size=1").json().get("hospitals").get(0).get("prefectureCode").asText())
                .isEqualTo("27");
    }

    @Test
    void aTooLongNameOrAnInvisibleCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> u = user("AUDITOR");
        u.put("displayName", "監".repeat(10_000));
        u.put("organization", "監査室\u202Eexe.");
        u.put("email", "kansa\u0000@example.jp");
        Api.Response r = api.post(admin, "/api/v1/users", u);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsText("column")).contains("displayName", "organization", "email");
        assertThat(r.body()).contains("100文字以内").contains("U+202E");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", u.get("username"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void storesOnlyAnArgon2Hash() {
        Map<String, Object> u = user("AUDITOR");
        api.post(admin, "/api/v1/users", u);
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", u.get("username"))
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("A-Good-Long-Pass-7");
    }

    @Test
    void reportsEveryProblemInJapanese() {
        Map<String, Object> u = new HashMap<>();
        u.put("username", "x");
        u.put("password", "short");
        u.put("role", "PREFECTURE");
        Api.Response r = api.post(admin, "/api/v1/users", u);
        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.findValuesAsText("column")).contains("username", "password", "prefectureCode");
        assertThat(errors.findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("12文字以上"));
    }

    @Test
    void refusesAHospitalAccountForAnUnknownHospitalAndADuplicateUsername() {
        Map<String, Object> u = user("HOSPITAL");
        u.put("hospitalCode", "4699999999");
        Api.Response r = api.post(admin, "/api/v1/users", u);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("UNKNOWN_HOSPITAL");

        Map<String, Object> a = user("AUDITOR");
        assertThat(api.post(admin, "/api/v1/users", a).status()).isEqualTo(201);
        a.put("username", ((String) a.get("username")).toUpperCase());
        Api.Response dup = api.post(admin, "/api/v1/users", a);
        assertThat(dup.status()).isEqualTo(422);
        assertThat(dup.json().get("errors").get(0).get("code").asText()).isEqualTo("DUPLICATE_USERNAME");
    }

    @Test
    void refusesAnUnknownRole() {
        Api.Response r = api.post(admin, "/api/v1/users", user("SUPERUSER"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asText()).isEqualTo("role");
    }
}
