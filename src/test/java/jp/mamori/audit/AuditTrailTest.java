package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAChangeWithWhoWhatBeforeAfterAddressAndRequestId() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        String requestId = "req-" + UUID.randomUUID();
        Api.Response created = api.raw().post().uri("/api/v1/users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).header("X-Request-Id", requestId)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", "Audit-Me-Please-1", "role", "PREFECTURE", "prefectureCode", "13"))
                .exchange((req, res) -> new Api.Response(res.getStatusCode().value(), new String(res.getBody().readAllBytes()),
                        res.getHeaders(), null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getFirst("X-Request-Id")).isEqualTo(requestId);

        JsonNode events = api.get(admin, "/api/v1/audit?action=USER_CREATED&entityId=" + username).json().get("events");
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("actor").asText()).isEqualTo("admin");
        assertThat(e.get("actorRole").asText()).isEqualTo("MHLW_ADMIN");
        assertThat(e.get("requestId").asText()).isEqualTo(requestId);
        assertThat(e.get("clientIp").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(e.get("after").asText()).contains("\"prefectureCode\": \"13\"").doesNotContain("Audit-Me-Please-1");
        assertThat(e.get("occurredAt").asText()).isNotBlank();
    }

    @Test
    void recordsLoginsAndFailedLogins() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String stranger = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        api.post(null, "/api/v1/auth/token", Map.of("username", stranger, "password", "Whatever-Pass-1"));
        JsonNode failed = api.get(admin, "/api/v1/audit?action=LOGIN_FAILED&actor=" + stranger).json().get("events");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("outcome").asText()).isEqualTo("FAILURE");
        assertThat(failed.get(0).get("detail").asText()).startsWith("api");

        JsonNode logins = api.get(admin, "/api/v1/audit?action=LOGIN&actor=admin").json();
        assertThat(logins.get("total").asLong()).isPositive();
    }

    @Test
    void recordsFlagChangesWithBeforeAndAfter() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String code = api.get(admin, "/api/v1/hospitals?prefectureCode=05&size=1").json().get("hospitals").get(0)
                .get("hospitalCode").asText();
        api.put(admin, "/api/v1/hospitals/" + code + "/flags", Map.of("disasterBase", true, "acuteCare", false, "emergency", false));
        api.put(admin, "/api/v1/hospitals/" + code + "/flags", Map.of("disasterBase", false, "acuteCare", false, "emergency", false));
        JsonNode events = api.get(admin, "/api/v1/audit?action=HOSPITAL_FLAGS_SET&entityId=" + code).json().get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("before").asText()).contains("\"disasterBase\": false");
        assertThat(events.get(1).get("after").asText()).contains("\"disasterBase\": true");
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
        jdbc.sql("INSERT INTO audit_event (actor, action) VALUES ('test', 'TEST_EVENT')").update();
        for (String sql : new String[]{"UPDATE audit_event SET actor = 'someone-else' WHERE action = 'TEST_EVENT'",
                "DELETE FROM audit_event WHERE action = 'TEST_EVENT'", "TRUNCATE audit_event"}) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                    .isInstanceOfSatisfying(DataAccessException.class,
                            // the app's role lacks the privilege; the trigger still stops the owner
                            e -> assertThat(e.getMostSpecificCause().getMessage())
                                    .containsAnyOf("permission denied", "append-only"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'TEST_EVENT' AND actor = 'test'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void noApplicationCodeUpdatesOrDeletesAuditRows() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
            files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> !p.getFileName().toString().equals("V2__audit_init.sql"))
                    .forEach(p -> {
                        try {
                            String s = java.nio.file.Files.readString(p).toLowerCase();
                            assertThat(s).as(p.toString()).doesNotContainPattern("(update|delete\\s+from|truncate)\\s+audit_event");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
    }
}
