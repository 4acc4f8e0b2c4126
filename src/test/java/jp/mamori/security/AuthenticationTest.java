package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jp.mamori.security.domain.Totp;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Lockout, token expiry, second factor, form login with CSRF, security headers. */
@IntegrationTest
class AuthenticationTest {

    static final String PASSWORD = "Correct-Horse-Battery-9";

    @Autowired
    Api api;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
        // the shared suite logs in from 127.0.0.1: leave no address counter behind
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key LIKE 'a:%'").update();
    }

    String newUser() {
        String name = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUnchecked(new NewUser(name, PASSWORD, Role.AUDITOR, null, null, null, null, null));
        return name;
    }

    Api.Response token(String user, String password) {
        return api.post(null, "/api/v1/auth/token", Map.of("username", user, "password", password));
    }

    @Test
    void issuesATokenThatAuthenticatesApiCalls() {
        String user = newUser();
        Api.Response r = token(user, PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token").asText()).startsWith("mmr_");
        assertThat(Instant.parse(r.json().get("expiresAt").asText().replaceAll("\\+09:00$", "Z")))
                .isNotNull();
        assertThat(api.get(r.json().get("token").asText(), "/api/v1/prefectures").status()).isEqualTo(200);
    }

    @Test
    void refusesBadCredentialsWith401AndTheSameMessageForUnknownUsers() {
        String user = newUser();
        Api.Response wrong = token(user, "Wrong-Password-123");
        Api.Response unknown = token("nobody-" + UUID.randomUUID(), "Wrong-Password-123");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo(unknown.json().get("detail").asText());
    }

    @Test
    void locksTheAccountAfterFiveFailuresUntilTheLockoutPasses() {
        String user = newUser();
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        for (int i = 0; i < 5; i++) {
            assertThat(token(user, "Wrong-Password-" + i).status()).isEqualTo(401);
        }
        Api.Response locked = token(user, PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(locked.json().get("detail").asText()).contains("ロック");

        clock.advance(Duration.ofMinutes(14));
        assertThat(token(user, PASSWORD).json().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(token(user, PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u").param("u", user)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String user = newUser();
        for (int i = 0; i < 4; i++) {
            token(user, "Wrong-Password-" + i);
        }
        assertThat(token(user, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            token(user, "Wrong-Password-" + i);
        }
        assertThat(token(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void tokensExpireAfterTheirLifetime() {
        String user = newUser();
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        String t = token(user, PASSWORD).json().get("token").asText();
        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertThat(api.get(t, "/api/v1/prefectures").status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        Api.Response expired = api.get(t, "/api/v1/prefectures");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("detail").asText()).contains("期限切れ");
    }

    @Test
    void aDisabledAccountsTokensStopWorking() {
        String user = newUser();
        String t = token(user, PASSWORD).json().get("token").asText();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", user).query(Long.class).single();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", id).update();
        assertThat(api.get(t, "/api/v1/prefectures").status()).isEqualTo(401);
        assertThat(token(user, PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void anAccountWithASecondFactorNeedsTheOneTimeCode() {
        String user = newUser();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", user).query(Long.class).single();
        String secret = Totp.newSecret(new java.security.SecureRandom());
        jdbc.sql("UPDATE app_user SET totp_secret = :s, totp_enabled = TRUE WHERE id = :id")
                .param("s", secret).param("id", id).update();

        assertThat(token(user, PASSWORD).status()).isEqualTo(401);
        Api.Response wrong = api.post(null, "/api/v1/auth/token", Map.of("username", user, "password", PASSWORD, "otp", "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        String code = Totp.codeAt(secret, Instant.now());
        Api.Response ok = api.post(null, "/api/v1/auth/token", Map.of("username", user, "password", PASSWORD, "otp", code));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void formLoginNeedsACsrfToken() throws Exception {
        String user = newUser();
        // without the token the login is refused and the user is sent back to the login page
        mvc.perform(post("/login").param("username", user).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").param("username", user).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", user).param("password", "wrong-password-x").with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void pagesRedirectToLoginAndSendSecurityHeaders() throws Exception {
        mvc.perform(get("/hospitals"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("X-Request-Id"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void sessionsTimeOutWhenIdle(@Autowired org.springframework.boot.autoconfigure.web.ServerProperties server) {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
