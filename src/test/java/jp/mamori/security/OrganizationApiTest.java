package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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

/** Organizations and contractor accounts (api-survey.md): who creates and sees them, and what an account needs. */
@IntegrationTest
class OrganizationApiTest {

    static final String PASSWORD = "Organization-Test-Pass-5";

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    String admin;
    String prime;
    String sub;
    String otherPrime;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        prime = "prime-" + suffix;
        sub = "sub-" + suffix;
        otherPrime = "other-" + suffix;
        assertThat(createOrganization(prime, "CONTRACTOR", null).status()).isEqualTo(201);
        assertThat(createOrganization(sub, "SUBCONTRACTOR", prime).status()).isEqualTo(201);
        assertThat(createOrganization(otherPrime, "CONTRACTOR", null).status()).isEqualTo(201);
    }

    Api.Response createOrganization(String id, String kind, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "株式会社 " + id);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("email", id + "@example.jp");
        body.put("phone", "03-0000-0000");
        return api.post(admin, "/api/v1/organizations", body);
    }

    Api.Response createUser(String username, String role, String organizationId, Boolean manager) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        body.put("organizationId", organizationId);
        body.put("manager", manager);
        return api.post(admin, "/api/v1/users", body);
    }

    String contractor(String organizationId, boolean manager) {
        String name = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = createUser(name, "CONTRACTOR", organizationId, manager);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    static List<String> ids(Api.Response r) {
        List<String> ids = new java.util.ArrayList<>();
        r.json().get("organizations").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    @Test
    void theMinistryCreatesAContractorAndASubcontractorUnderIt() {
        Api.Response r = createOrganization("x-" + prime, "SUBCONTRACTOR", prime);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode o = r.json();
        assertThat(o.get("kind").asText()).isEqualTo("SUBCONTRACTOR");
        assertThat(o.get("parentId").asText()).isEqualTo(prime);
        assertThat(o.get("email").asText()).isEqualTo("x-" + prime + "@example.jp");
        assertThat(organizations.parentOf("x-" + prime)).map(Organization::id).contains(prime);
        assertThat(organizations.parentOf(prime)).isEmpty();
    }

    @Test
    void refusesASubcontractorWithoutAContractorParentAndAContractorWithOne() {
        assertThat(createOrganization("a-" + sub, "SUBCONTRACTOR", null).body()).contains("parentId").contains("MISSING_VALUE");
        Api.Response underSub = createOrganization("b-" + sub, "SUBCONTRACTOR", sub);
        assertThat(underSub.status()).isEqualTo(422);
        assertThat(underSub.body()).contains("UNKNOWN_ORGANIZATION");
        assertThat(createOrganization("c-" + sub, "CONTRACTOR", prime).status()).isEqualTo(422);
        assertThat(createOrganization(prime, "CONTRACTOR", null).body()).contains("DUPLICATE_ID");
        Map<String, Object> noEmail = Map.of("id", "d-" + sub, "name", "名前", "kind", "CONTRACTOR");
        assertThat(api.post(admin, "/api/v1/organizations", noEmail).body()).contains("email").contains("MISSING_VALUE");
        Map<String, Object> tooLong = Map.of("id", "e-" + sub, "name", "長".repeat(201), "kind", "CONTRACTOR", "email", "a@example.jp");
        assertThat(api.post(admin, "/api/v1/organizations", tooLong).body()).contains("TOO_LONG");
    }

    @Test
    void onlyTheMinistryCreatesOrganizations() {
        Map<String, Object> body = Map.of("id", "z-" + prime, "name", "名前", "kind", "CONTRACTOR", "email", "a@example.jp");
        for (String token : List.of(api.token(Role.AUDITOR, null), api.token(Role.PREFECTURE, "13"),
                api.login(contractor(prime, true), PASSWORD))) {
            assertThat(api.post(token, "/api/v1/organizations", body).status()).isEqualTo(403);
        }
        assertThat(api.post(null, "/api/v1/organizations", body).status()).isEqualTo(401);
    }

    @Test
    void nationalRolesSeeEveryOrganizationAContractorItsOwnFamilyAndOthersNothing() {
        assertThat(ids(api.get(admin, "/api/v1/organizations"))).contains(prime, sub, otherPrime);
        assertThat(ids(api.get(api.token(Role.AUDITOR, null), "/api/v1/organizations"))).contains(prime, sub, otherPrime);
        assertThat(ids(api.get(api.login(contractor(prime, false), PASSWORD), "/api/v1/organizations")))
                .containsExactlyInAnyOrder(prime, sub);
        assertThat(ids(api.get(api.login(contractor(sub, false), PASSWORD), "/api/v1/organizations")))
                .containsExactlyInAnyOrder(prime, sub);
        assertThat(api.get(api.token(Role.PREFECTURE, "13"), "/api/v1/organizations").status()).isEqualTo(403);
        String hospital = jdbc.sql("SELECT code FROM hospital WHERE prefecture_code = '13' ORDER BY code LIMIT 1")
                .query(String.class).single();
        assertThat(api.get(api.token(Role.HOSPITAL, hospital), "/api/v1/organizations").status()).isEqualTo(403);
    }

    @Test
    void aContractorAccountNeedsAKnownOrganizationAndOtherRolesTakeNone() {
        String name = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response without = createUser(name, "CONTRACTOR", null, null);
        assertThat(without.status()).isEqualTo(422);
        assertThat(without.body()).contains("organizationId").contains("MISSING_VALUE");
        assertThat(createUser(name, "CONTRACTOR", "no-such-org", null).body()).contains("UNKNOWN_ORGANIZATION");
        assertThat(createUser(name, "AUDITOR", prime, null).status()).isEqualTo(422);
        assertThat(createUser(name, "AUDITOR", null, true).body()).contains("manager");

        Api.Response created = createUser(name, "CONTRACTOR", sub, true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("organizationId").asText()).isEqualTo(sub);
        assertThat(created.json().get("manager").asBoolean()).isTrue();
        assertThat(createUser("p" + name, "CONTRACTOR", prime, null).json().get("manager").asBoolean()).isFalse();

        assertThat(organizations.isAccountOf(name, sub)).isTrue();
        assertThat(organizations.isAccountOf("p" + name, sub)).as("the parent contractor's account").isTrue();
        assertThat(organizations.isAccountOf(name, prime)).as("a subcontractor's account is not the parent's").isFalse();
        assertThat(organizations.isAccountOf("p" + name, otherPrime)).isFalse();
    }

    @Test
    void aChangeOfOrganizationOrManagerFlagEndsTheAccountsTokens() {
        String name = contractor(prime, false);
        String token = api.login(name, PASSWORD);
        assertThat(api.get(token, "/api/v1/organizations").status()).isEqualTo(200);
        Api.Response promoted = api.put(admin, "/api/v1/users/" + name, Map.of("manager", true));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().get("manager").asBoolean()).isTrue();
        assertThat(api.get(token, "/api/v1/organizations").status()).isEqualTo(401);

        String second = api.login(name, PASSWORD);
        Api.Response moved = api.put(admin, "/api/v1/users/" + name, Map.of("organizationId", sub));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("organizationId").asText()).isEqualTo(sub);
        assertThat(moved.json().get("manager").asBoolean()).as("kept when not given").isTrue();
        assertThat(api.get(second, "/api/v1/organizations").status()).isEqualTo(401);

        Map<String, Object> cleared = new HashMap<>();
        cleared.put("organizationId", null);
        assertThat(api.put(admin, "/api/v1/users/" + name, cleared).body()).contains("MISSING_VALUE");
        Api.Response demoted = api.put(admin, "/api/v1/users/" + name, Map.of("role", "AUDITOR"));
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(demoted.json().get("organizationId").isNull()).isTrue();
        assertThat(demoted.json().get("manager").asBoolean()).isFalse();
    }
}
