package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.mamori.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * MAMORI_BEHIND_PROXY=true: the proxy's X-Forwarded-Proto makes the request https, so cookies are
 * Secure and HSTS is sent. The one test context of its own (the property shapes the web server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mamori.behind-proxy=true")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class BehindProxyTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void trustsTheProxysHeadersSecuresTheCookieAndSendsHsts() throws Exception {
        HttpResponse<String> r = ForwardedHeadersTest.loginPageViaProxy(port);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(ForwardedHeadersTest.sessionCookies(r)).singleElement().satisfies(c -> assertThat(c)
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }
}
