package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Every role against the registry, user and audit endpoints, including the refusals.
 * Tokyo (13) is "own" for the prefecture user; the hospital user is bound to the first Tokyo hospital.
 */
@IntegrationTest
class AccessMatrixTest {

    static final String OWN_PREF = "13";
    /** A real Hokkaido hospital: someone else's for the Tokyo users. */
    static final String OTHER_HOSPITAL = "0110112489";

    @Autowired
    Api api;

    String admin;

    @BeforeEach
    void tokens() {
        admin = api.token(Role.MHLW_ADMIN, null);
    }

    String token(Role role) {
        return switch (role) {
            case MHLW_ADMIN -> admin;
            case PREFECTURE -> api.token(Role.PREFECTURE, OWN_PREF);
            case HOSPITAL -> api.token(Role.HOSPITAL, ownHospital());
            case CONTRACTOR -> api.token(Role.CONTRACTOR, null);
            case AUDITOR -> api.token(Role.AUDITOR, null);
        };
    }

    String ownHospital() {
        return api.get(admin, "/api/v1/hospitals?prefectureCode=13&size=1").json().get("hospitals").get(0)
                .get("hospitalCode").asText();
    }

    static Stream<Arguments> readHospital() {
        return Stream.of(
                Arguments.of(Role.MHLW_ADMIN, "own", 200), Arguments.of(Role.MHLW_ADMIN, "other", 200),
                Arguments.of(Role.AUDITOR, "own", 200), Arguments.of(Role.AUDITOR, "other", 200),
                Arguments.of(Role.CONTRACTOR, "own", 200), Arguments.of(Role.CONTRACTOR, "other", 200),
                Arguments.of(Role.PREFECTURE, "own", 200), Arguments.of(Role.PREFECTURE, "other", 403),
                Arguments.of(Role.HOSPITAL, "own", 200), Arguments.of(Role.HOSPITAL, "other", 403));
    }

    @ParameterizedTest(name = "{0} reads {1} hospital → {2}")
    @MethodSource
    void readHospital(Role role, String which, int expected) {
        String code = which.equals("own") ? ownHospital() : OTHER_HOSPITAL;
        Api.Response r = api.get(token(role), "/api/v1/hospitals/" + code);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(r.json().get("status").asInt()).isEqualTo(403);
            assertThat(r.headers().getContentType().toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void searchIsScopedToThePrefectureAndTheHospital() {
        Api.Response pref = api.get(token(Role.PREFECTURE), "/api/v1/hospitals?prefectureCode=01&size=500");
        assertThat(pref.status()).isEqualTo(200);
        assertThat(pref.json().get("total").asLong()).isPositive();
        pref.json().get("hospitals").forEach(h -> assertThat(h.get("prefectureCode").asText()).isEqualTo("13"));

        Api.Response hosp = api.get(token(Role.HOSPITAL), "/api/v1/hospitals?q=病院&size=500");
        assertThat(hosp.json().get("total").asLong()).isEqualTo(1);
        assertThat(hosp.json().get("hospitals").get(0).get("hospitalCode").asText()).isEqualTo(ownHospital());
    }

    @ParameterizedTest(name = "{0} imports the registry → {1}")
    @MethodSource("adminOnly")
    void importRegistry(Role role, int expected) {
        String csv = "hospital_code,name,prefecture_code,address,beds,disaster_base,acute_care,emergency\n"
                + "0110112489,医療法人 愛全病院,01,北海道札幌市南区川沿１３条２丁目１番３８号,495,0,0,0\n";
        Api.Response r = api.send("POST", token(role), "/api/v1/hospitals/import", MediaType.parseMediaType("text/csv"),
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} sets hospital flags → {1}")
    @MethodSource("adminOnly")
    void setFlags(Role role, int expected) {
        Api.Response r = api.put(token(role), "/api/v1/hospitals/" + ownHospital() + "/flags",
                Map.of("disasterBase", false, "acuteCare", false, "emergency", false));
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} creates a user → {1}")
    @MethodSource("adminOnlyCreated")
    void createUser(Role role, int expected) {
        Api.Response r = api.post(token(role), "/api/v1/users", Map.of("username", "u" + UUID.randomUUID().toString().substring(0, 8),
                "password", "Another-Good-Pass-1", "role", "AUDITOR"));
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} lists users → {1}")
    @MethodSource("adminOnly")
    void listUsers(Role role, int expected) {
        assertThat(api.get(token(role), "/api/v1/users").status()).isEqualTo(expected);
    }

    static Stream<Arguments> auditReaders() {
        return Stream.of(Arguments.of(Role.MHLW_ADMIN, 200), Arguments.of(Role.AUDITOR, 200),
                Arguments.of(Role.PREFECTURE, 403), Arguments.of(Role.HOSPITAL, 403), Arguments.of(Role.CONTRACTOR, 403));
    }

    @ParameterizedTest(name = "{0} reads the audit trail → {1}")
    @MethodSource("auditReaders")
    void readAudit(Role role, int expected) {
        assertThat(api.get(token(role), "/api/v1/audit").status()).isEqualTo(expected);
    }

    static Stream<Arguments> adminOnly() {
        return Stream.of(Arguments.of(Role.MHLW_ADMIN, 200), Arguments.of(Role.AUDITOR, 403),
                Arguments.of(Role.PREFECTURE, 403), Arguments.of(Role.HOSPITAL, 403), Arguments.of(Role.CONTRACTOR, 403));
    }

    static Stream<Arguments> adminOnlyCreated() {
        return adminOnly().map(a -> Arguments.of(a.get()[0], (int) a.get()[1] == 200 ? 201 : a.get()[1]));
    }

    @Test
    void everyEndpointRefusesMissingOrBadTokensWith401() {
        for (String path : new String[]{"/api/v1/hospitals/" + OTHER_HOSPITAL, "/api/v1/hospitals", "/api/v1/users",
                "/api/v1/audit", "/api/v1/prefectures"}) {
            Api.Response none = api.get(null, path);
            assertThat(none.status()).as(path).isEqualTo(401);
            assertThat(none.json().get("code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(none.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(api.get("mmr_forged", path).status()).as(path).isEqualTo(401);
        }
        assertThat(api.post(null, "/api/v1/users", Map.of()).status()).isEqualTo(401);
        assertThat(api.send("POST", null, "/api/v1/hospitals/import", MediaType.parseMediaType("text/csv"), new byte[]{'a'})
                .status()).isEqualTo(401);
    }
}
