package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Issue item 13: every API error, wherever it arises, is a Japanese problem document; the OpenAPI cover is ours. */
@IntegrationTest
class ApiErrorsTest {

    @Autowired
    Api api;

    static JsonNode problem(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().getContentType()).isNotNull();
        assertThat(r.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(r.body()).isTrue();
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("type").asText()).startsWith("urn:mamori:problem:");
        assertThat(body.get("title").asText()).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
        assertThat(body.get("detail").asText()).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
        assertThat(body.toString()).doesNotContain("java.", "Exception");
        return body;
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        JsonNode body = problem(api.get(admin, "/api/v1/nope"), 404, "NOT_FOUND");
        assertThat(body.get("detail").asText()).contains("/api/v1/nope");
    }

    @Test
    void aBadDateParameterNamesTheParameterAndTheExpectedForm() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        JsonNode body = problem(api.get(admin, "/api/v1/audit?from=notadate"), 400, "INVALID_PARAMETER");
        assertThat(body.get("detail").asText()).contains("from").contains("YYYY-MM-DD").doesNotContain("LocalDate");
        assertThat(body.get("errors").get(0).get("column").asText()).isEqualTo("from");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        JsonNode body = problem(api.send("DELETE", admin, "/api/v1/prefectures", MediaType.APPLICATION_JSON, null), 405,
                "METHOD_NOT_ALLOWED");
        assertThat(body.get("detail").asText()).contains("DELETE");
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        problem(api.send("POST", admin, "/api/v1/hospitals/import", MediaType.IMAGE_PNG, new byte[]{1, 2, 3}), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformedJsonIsA400Problem() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        problem(api.send("PUT", admin, "/api/v1/hospitals/0110112489/flags", MediaType.APPLICATION_JSON, "{\"disasterBase\":"),
                400, "MALFORMED_REQUEST");
    }

    @Test
    void noTokenAndNoRightAreProblemsToo() {
        problem(api.get(null, "/api/v1/nope"), 401, "UNAUTHORIZED");
        String hospital = api.token(Role.PREFECTURE, "13");
        problem(api.get(hospital, "/api/v1/notifications"), 403, "FORBIDDEN");
    }

    @Test
    void theOpenApiDocumentHasOurTitleVersionAndDescription() {
        JsonNode info = api.get(null, "/v3/api-docs").json().get("info");
        assertThat(info.get("title").asText()).isEqualTo("Mamori API（守り）");
        assertThat(info.get("version").asText()).isNotBlank().doesNotContain("@").isNotEqualTo("v0");
        assertThat(info.get("description").asText()).contains("problem+json").contains("医療機関");
    }
}
