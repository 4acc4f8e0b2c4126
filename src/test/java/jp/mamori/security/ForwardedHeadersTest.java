package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Without MAMORI_BEHIND_PROXY, X-Forwarded-* is anybody's header and changes nothing. */
@IntegrationTest
class ForwardedHeadersTest {

    @Value("${local.server.port}")
    int port;

    /** The login page over real HTTP, as a TLS-terminating proxy would forward it. */
    static HttpResponse<String> loginPageViaProxy(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MAMORI_SESSION=")).toList();
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessBehindAProxy() throws Exception {
        HttpResponse<String> r = loginPageViaProxy(port);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(r)).singleElement().satisfies(c -> assertThat(c)
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
    }
}
