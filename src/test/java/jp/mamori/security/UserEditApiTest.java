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

/** {@code PUT /api/v1/users/{username}} (api.md): only the fields given change, and sessions and tokens end. */
@IntegrationTest
class UserEditApiTest {

    static final String PASSWORD = "Edit-Api-Test-Pass-3";

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    UserAccountService accounts;

    String admin;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
    }

    String prefectureUser(String pref) {
        String name = "edit-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUnchecked(new NewUser(name, PASSWORD, Role.PREFECTURE, new jp.mamori.shared.PrefectureCode(pref),
                null, "大阪府", "担当者", "tanto@example.jp"));
        return name;
    }

    Api.Response put(String username, Map<String, Object> body) {
        return api.put(admin, "/api/v1/users/" + username, body);
    }

    @Test
    void changesOnlyTheFieldsGivenAndAnswersTheAccountAsStored() {
        String name = prefectureUser("27");
        Api.Response r = put(name, Map.of("prefectureCode", "28"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode u = r.json();
        assertThat(u.get("username").asText()).isEqualTo(name);
        assertThat(u.get("prefectureCode").asText()).isEqualTo("28");
        assertThat(u.get("role").asText()).isEqualTo("PREFECTURE");
        assertThat(u.get("enabled").asBoolean()).isTrue();
        assertThat(u.get("organization").asText()).isEqualTo("大阪府");
        assertThat(u.get("email").asText()).isEqualTo("tanto@example.jp");
    }

    @Test
    void aNewRoleDropsThePrefectureItDoesNotTake() {
        String name = prefectureUser("27");
        Api.Response r = put(name, Map.of("role", "AUDITOR"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("prefectureCode").isNull()).isTrue();
    }

    @Test
    void aChangeRevokesTheAccountsTokensAndANewPasswordWorks() {
        String name = prefectureUser("27");
        String token = api.login(name, PASSWORD);
        assertThat(api.get(token, "/api/v1/prefectures").status()).isEqualTo(200);
        Api.Response r = put(name, Map.of("password", "Brand-New-Api-Pass-9"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(api.get(token, "/api/v1/prefectures").status()).isEqualTo(401);
        assertThat(api.login(name, "Brand-New-Api-Pass-9")).startsWith("mmr_");
    }

    @Test
    void answers404ForAnUnknownUser() {
        assertThat(put("nobody-" + UUID.randomUUID(), Map.of("enabled", false)).status()).isEqualTo(404);
    }

    @Test
    void answers422WithFieldErrors() {
        String name = prefectureUser("27");
        Map<String, Object> body = new HashMap<>();
        body.put("role", "KING");
        body.put("prefectureCode", "99");
        body.put("password", "abcdabcdabcd");
        Api.Response r = put(name, body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"role\"").contains("\"prefectureCode\"").contains("\"password\"");
    }

    @Test
    void refusesAnOrganizationAndTheManagerFlagForARoleOtherThanContractor() {
        String name = prefectureUser("27");
        Api.Response r = put(name, Map.of("organizationId", "test-contractor", "manager", true));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("INVALID_VALUE").contains("organizationId").contains("manager");
    }

    @Test
    void theAdminCannotDemoteOrDisableItself() {
        assertThat(put("admin", Map.of("role", "AUDITOR")).body()).contains("SELF_LOCKOUT");
        assertThat(put("admin", Map.of("enabled", false)).status()).isEqualTo(422);
        assertThat(api.get(admin, "/api/v1/users").status()).isEqualTo(200);
    }
}
