package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.mamori.security.Role;
import jp.mamori.shared.HospitalCode;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import jp.mamori.support.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ministry's page: every message with its text, filters, and an audited "retry now". */
@IntegrationTest
class NotificationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    String tag;
    Notification queued;

    @BeforeEach
    void aMessage() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        OutgoingMessage m = Notifications.hospitalReplacedIn("FY2025", "令和7年度 医療機関におけるサイバーセキュリティ確保事業",
                new HospitalCode("0110000001"), "道立テスト病院" + tag, List.of("it@" + tag + ".example.jp"), System.nanoTime());
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> outbox.enqueue(m));
        queued = repository.findByDedupeKey(m.dedupeKey()).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The session cookie of a form login (sessions live in PostgreSQL, not in a MockHttpSession). */
    Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("MAMORI_SESSION");
    }

    Cookie admin() throws Exception {
        return login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void theMinistrySeesEachMessageWithItsRecipientsAndText() throws Exception {
        Cookie admin = admin();
        mvc.perform(get("/notifications").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("【守り】繰り上げにより支援対象に選定されました（道立テスト病院" + tag + "）")))
                .andExpect(content().string(Matchers.containsString("it@" + tag + ".example.jp")))
                .andExpect(content().string(Matchers.containsString("<details>")))
                .andExpect(content().string(Matchers.containsString("北海道のご担当")))
                .andExpect(content().string(Matchers.containsString("メールサーバー（MAMORI_SMTP_HOST）が設定されていない")))
                .andExpect(content().string(Matchers.containsString("/notifications/" + queued.id() + "/retry")));
        mvc.perform(get("/notifications").param("event", "HOSPITAL_SELECTED").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("道立テスト病院" + tag))));
        mvc.perform(get("/notifications").param("status", "SENT").cookie(admin))
                .andExpect(content().string(Matchers.not(Matchers.containsString("道立テスト病院" + tag))));
        mvc.perform(get("/notifications").param("lang", "en").cookie(admin))
                .andExpect(content().string(Matchers.containsString("Retry now")))
                .andExpect(content().string(Matchers.containsString("Hospital: selected as a replacement")));
    }

    @Test
    void retryNowMakesTheMessageDueAndIsAudited() throws Exception {
        Instant now = Instant.parse("2025-08-01T03:00:00Z");
        jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = 12, last_error = 'x', next_attempt_at = :t WHERE id = :id")
                .param("t", java.sql.Timestamp.from(now.minusSeconds(3600))).param("id", queued.id()).update();
        clock.set(now);
        Cookie admin = admin();
        mvc.perform(post("/notifications/{id}/retry", queued.id()).param("status", "FAILED").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/notifications?status=FAILED"))
                .andExpect(flash().attribute("retried", queued.id()));

        Notification after = repository.find(queued.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(after.nextAttemptAt()).isEqualTo(now);
        assertThat(after.attempts()).as("history kept").isEqualTo(12);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_RETRY' AND entity_type = 'NOTIFICATION'
                           AND entity_id = :id AND actor = 'admin' AND before_state->>'status' = 'FAILED'
                           AND after_state->>'status' = 'QUEUED'""")
                .param("id", String.valueOf(queued.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void retryNeedsACsrfTokenAndRefusesWhatCannotBeSentAgain() throws Exception {
        Cookie admin = admin();
        mvc.perform(get("/notifications").cookie(admin)).andExpect(status().isOk());
        mvc.perform(post("/notifications/{id}/retry", queued.id()).cookie(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/{id}/retry", queued.id()).param("_csrf", "forged").cookie(admin))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_RETRY' AND entity_id = :id")
                .param("id", String.valueOf(queued.id())).query(Long.class).single()).isZero();

        jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = now(), attempts = 1 WHERE id = :id").param("id", queued.id()).update();
        mvc.perform(post("/notifications/{id}/retry", queued.id()).cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("problems", Matchers.hasSize(1)));
        assertThat(repository.find(queued.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
        mvc.perform(post("/notifications/{id}/retry", Long.MAX_VALUE).cookie(admin).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheMinistryOpensThePageAndSeesItInTheMenu() throws Exception {
        Cookie admin = admin();
        mvc.perform(get("/").cookie(admin)).andExpect(content().string(Matchers.containsString("href=\"/notifications\"")));
        String prefecture = users.user(Role.PREFECTURE, "13");
        Cookie tokyo = login(prefecture, users.password(prefecture));
        mvc.perform(get("/notifications").cookie(tokyo)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/{id}/retry", queued.id()).cookie(tokyo).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").cookie(tokyo)).andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/notifications\""))));
        String auditor = users.user(Role.AUDITOR, null);
        mvc.perform(get("/notifications").cookie(login(auditor, users.password(auditor)))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    }

    /** The list comes a page at a time, newest first, with the filters in every page link. */
    @Test
    void theListIsPagedWithItsFiltersKept() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            for (int i = 0; i < 120; i++) {
                outbox.enqueue(Notifications.hospitalReplacedIn("FY2025", "令和7年度 テスト", new HospitalCode("0110000001"),
                        "頁" + batch + "-" + i + "-病院", List.of("p@" + batch + ".example.jp"), System.nanoTime()));
            }
        });
        Cookie admin = admin();
        String first = mvc.perform(get("/notifications").param("status", "QUEUED").param("event", "HOSPITAL_REPLACED_IN")
                        .param("size", "50").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first.split("<details>", -1)).hasSize(51);
        assertThat(first).contains("頁" + batch + "-119-病院").contains("頁" + batch + "-70-病院")
                .doesNotContain("頁" + batch + "-69-病院");
        assertThat(first).containsPattern("href=\"/notifications\\?status=QUEUED&amp;event=HOSPITAL_REPLACED_IN&amp;page=2&amp;size=50\"");
        assertThat(first).containsPattern("件中 1–50件");

        String second = mvc.perform(get("/notifications").param("status", "QUEUED").param("event", "HOSPITAL_REPLACED_IN")
                        .param("page", "2").param("size", "50").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(second.split("<details>", -1)).hasSize(51);
        assertThat(second).contains("頁" + batch + "-69-病院").contains("頁" + batch + "-20-病院")
                .doesNotContain("頁" + batch + "-70-病院").doesNotContain("頁" + batch + "-19-病院");
        assertThat(second).contains("件中 51–100件");
        // the retry form returns to this page with these filters
        assertThat(second).contains("<input type=\"hidden\" name=\"page\" value=\"2\">")
                .contains("<input type=\"hidden\" name=\"event\" value=\"HOSPITAL_REPLACED_IN\">");
    }
}
