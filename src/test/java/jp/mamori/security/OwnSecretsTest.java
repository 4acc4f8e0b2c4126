package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import jp.mamori.security.domain.Totp;
import jp.mamori.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Turning off the second factor and changing the password need proof, are audited and limited. */
@IntegrationTest
class OwnSecretsTest {

    static final String PASSWORD = "Own-Secrets-Pass-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key LIKE 'a:%'").update();
    }

    UserAccount newUser() {
        String name = "own-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createUnchecked(new NewUser(name, PASSWORD, Role.AUDITOR, null, null, null, null, null));
    }

    String enrol(UserAccount user) {
        String secret = Totp.newSecret(new SecureRandom());
        jdbc.sql("UPDATE app_user SET totp_secret = :s, totp_enabled = TRUE WHERE id = :id")
                .param("s", secret).param("id", user.id()).update();
        return secret;
    }

    boolean totpOn(UserAccount user) {
        return jdbc.sql("SELECT totp_enabled FROM app_user WHERE id = :id").param("id", user.id()).query(Boolean.class).single();
    }

    long audited(UserAccount user, String action, String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_id = :u AND action = :a AND outcome = :o")
                .param("u", user.username()).param("a", action).param("o", outcome).query(Long.class).single();
    }

    RequestPostProcessor as(UserAccount user) {
        return AccountSessionsTest.as(user);
    }

    @Test
    void startingEnrolmentAgainDoesNotSwitchOffAConfirmedSecondFactor() throws Exception {
        UserAccount user = newUser();
        enrol(user);
        mvc.perform(post("/account/totp").with(as(user)).with(csrf()))
                .andExpect(content().string(Matchers.containsString("既に有効")));
        assertThat(totpOn(user)).isTrue();
    }

    @Test
    void turningOffTheSecondFactorNeedsTheCurrentCodeAndIsAudited() throws Exception {
        UserAccount user = newUser();
        String secret = enrol(user);
        mvc.perform(post("/account/totp/disable").with(as(user)).with(csrf()).param("code", "000000"))
                .andExpect(content().string(Matchers.containsString("確認コードが正しくありません")));
        mvc.perform(post("/account/totp/disable").with(as(user)).with(csrf()));
        assertThat(totpOn(user)).isTrue();
        assertThat(audited(user, "TOTP_DISABLE_FAILED", "FAILURE")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE username = :u").param("u", user.username())
                .query(Integer.class).single()).isEqualTo(2);

        mvc.perform(post("/account/totp/disable").with(as(user)).with(csrf()).param("code", Totp.codeAt(secret, Instant.now())))
                .andExpect(redirectedUrl("/account"));
        assertThat(totpOn(user)).isFalse();
        assertThat(audited(user, "TOTP_DISABLED", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsAreAuditedAndLimited() throws Exception {
        UserAccount user = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").with(as(user)).with(csrf()).param("currentPassword", "Not-My-Pass-" + i)
                            .param("newPassword", "Next-Own-Pass-88").param("confirmPassword", "Next-Own-Pass-88"))
                    .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません")));
        }
        assertThat(audited(user, "PASSWORD_CHANGE_FAILED", "FAILURE")).isEqualTo(5);
        mvc.perform(post("/account/password").with(as(user)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Next-Own-Pass-88").param("confirmPassword", "Next-Own-Pass-88"))
                .andExpect(content().string(Matchers.containsString("しばらく受け付けません")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_id = :u AND action = 'PASSWORD_CHANGED'")
                .param("u", user.username()).query(Long.class).single()).isZero();
    }
}
