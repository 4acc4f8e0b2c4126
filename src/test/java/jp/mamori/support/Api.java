package jp.mamori.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** A real HTTP client against the running test server, authenticated per role. */
@Component
@Lazy
public class Api {

    private final RestClient http;
    private final TestUsers users;
    private final TestData data;
    private final ObjectMapper json;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(@Value("${local.server.port}") int port, TestUsers users, TestData data, ObjectMapper json) {
        this.data = data;
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> { })
                .build();
        this.users = users;
        this.json = json;
    }

    /** Response status and body, never throwing on 4xx/5xx so tests can assert refusals. */
    public record Response(int status, String body, HttpHeaders headers, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return (mapper == null ? new ObjectMapper() : mapper).readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public RestClient raw() {
        return http;
    }

    /** A token for the account of this role and scope; the real registry is loaded first. */
    public String token(Role role, String scope) {
        data.ensureRegistry();
        String username = users.user(role, scope);
        return tokens.computeIfAbsent(username, u -> login(u, users.password(u)));
    }

    public String login(String username, String password) {
        Response r = post(null, "/api/v1/auth/token", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login failed for " + username + ": " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }

    public void forgetTokens() {
        tokens.clear();
    }

    public Response get(String token, String path) {
        var spec = http.get().uri(path);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), res.getHeaders(), json));
    }

    public byte[] getBytes(String token, String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((req, res) -> {
                    if (res.getStatusCode().value() != 200) {
                        throw new AssertionError("GET " + path + " → " + res.getStatusCode());
                    }
                    return res.getBody().readAllBytes();
                });
    }

    public Response post(String token, String path, Object body) {
        return send("POST", token, path, MediaType.APPLICATION_JSON, body);
    }

    public Response put(String token, String path, Object body) {
        return send("PUT", token, path, MediaType.APPLICATION_JSON, body);
    }

    /** multipart/form-data with one file field, as a browser or script uploads a form. */
    public Response upload(String token, String path, byte[] file, String filename) {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return send("POST", token, path, MediaType.MULTIPART_FORM_DATA, body);
    }

    public Response send(String method, String token, String path, MediaType type, Object body) {
        var spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path).contentType(type);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), res.getHeaders(), json));
    }
}
