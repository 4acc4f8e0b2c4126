package jp.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.security.Role;
import org.springframework.stereotype.Component;

/** A contractor organization of its own and its accounts (one password), made through the API as the ministry does. */
@Component
@org.springframework.context.annotation.Lazy
public class TestContractors {

    public static final String PASSWORD = "Test-Contractor-Pass-7";

    private final Api api;

    TestContractors(Api api) {
        this.api = api;
    }

    /** A new organization ({@code CONTRACTOR}, or {@code SUBCONTRACTOR} of {@code parent}); its id starts with {@code prefix}. */
    public String organization(String prefix, String kind, String parent) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "株式会社 " + id);
        body.put("kind", kind);
        body.put("parentId", parent);
        body.put("email", id + "@example.jp");
        Api.Response r = api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/organizations", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    /** A new enabled CONTRACTOR account of the organization, with {@link #PASSWORD}. */
    public String account(String organizationId, boolean manager) {
        String name = organizationId.split("-")[0] + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/users", Map.of("username", name, "password", PASSWORD,
                "role", "CONTRACTOR", "organizationId", organizationId, "manager", manager));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }
}
