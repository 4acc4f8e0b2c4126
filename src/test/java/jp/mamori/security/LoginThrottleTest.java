package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The lockout policy through the login form and the token endpoint (LockoutPolicy has the rules). */
@IntegrationTest
class LoginThrottleTest {

    static final String PASSWORD = "Throttle-Test-Pass-2";

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        // the shared suite logs in from 127.0.0.1: leave no address counter behind
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key LIKE 'a:%'").update();
    }

    String newUser() {
        String name = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUnchecked(new NewUser(name, PASSWORD, Role.AUDITOR, null, null, null, null, null));
        return name;
    }

    static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    String form(String user, String password, String address) throws Exception {
        String url = BrowserLogin.attempt(mvc, user, password, address).getResponse().getRedirectedUrl();
        return url;
    }

    Api.Response token(String user, String password) {
        return api.post(null, "/api/v1/auth/token", Map.of("username", user, "password", password));
    }

    @Test
    void anAttackerElsewhereCannotLockTheOwnerOut() throws Exception {
        String user = newUser();
        for (int i = 0; i < 8; i++) {
            form(user, "Wrong-Guess-" + i, "203.0.113.66");
        }
        assertThat(form(user, PASSWORD, "203.0.113.66")).isEqualTo("/login?error=locked");
        assertThat(form(user, PASSWORD, "192.0.2.10")).isEqualTo("/");
    }

    @Test
    void unknownUsernamesAnswerExactlyLikeRealOnesIncludingTheLock() {
        String real = newUser();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            Api.Response r = token(real, "Wrong-Guess-" + i);
            Api.Response u = token(unknown, "Wrong-Guess-" + i);
            assertThat(u.status()).isEqualTo(r.status());
            assertThat(u.json().get("code").asText()).isEqualTo(r.json().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
            assertThat(u.json().get("detail").asText()).isEqualTo(r.json().get("detail").asText());
        }
        Api.Response r = token(real, "Wrong-Guess-x");
        Api.Response u = token(unknown, "Wrong-Guess-x");
        assertThat(r.json().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(u.json().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(u.json().get("detail").asText()).isEqualTo(r.json().get("detail").asText());
        assertThat(u.status()).isEqualTo(401);
    }

    @Test
    void oneMoreFailureAfterTheLockExpiresDoesNotLockAgain() {
        String user = newUser();
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        for (int i = 0; i < 5; i++) {
            token(user, "Wrong-Guess-" + i);
        }
        assertThat(token(user, PASSWORD).json().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        clock.advance(Duration.ofMinutes(16));
        assertThat(token(user, "Wrong-Guess-again").json().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(token(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsThrottled() throws Exception {
        String user = newUser();
        String attacker = "203.0.113.77";
        for (int i = 0; i < 20; i++) {
            form("spray-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), "Spring2026!!", attacker);
        }
        assertThat(form(user, PASSWORD, attacker)).isEqualTo("/login?error=locked");
        assertThat(form(user, PASSWORD, "192.0.2.11")).isEqualTo("/");
    }

    @Test
    void theCountersAreInPostgresqlAndTheAdminsUnlockClearsThem() throws Exception {
        String user = newUser();
        String address = address();
        for (int i = 0; i < 5; i++) {
            form(user, "Wrong-Guess-" + i, address);
        }
        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE username = :u").param("u", user)
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(form(user, PASSWORD, address)).isEqualTo("/login?error=locked");
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", user).query(Long.class).single();
        AsUser.admin(() -> {
            accounts.unlock(id);
            return null;
        });
        assertThat(form(user, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void aSuccessClearsTheCountOfThatAddress() throws Exception {
        String user = newUser();
        String address = address();
        for (int i = 0; i < 4; i++) {
            form(user, "Wrong-Guess-" + i, address);
        }
        assertThat(form(user, PASSWORD, address)).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            form(user, "Wrong-Guess-" + i, address);
        }
        assertThat(form(user, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void failedLoginsAreAudited() throws Exception {
        String user = newUser();
        form(user, "Wrong-Guess-1", address());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :u AND action = 'LOGIN_FAILED' AND outcome = 'FAILURE'")
                .param("u", user).query(Long.class).single()).isEqualTo(1);
    }
}
