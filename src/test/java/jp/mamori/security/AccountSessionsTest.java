package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Web sessions live in PostgreSQL and end when an admin changes what they were granted on. */
@IntegrationTest
class AccountSessionsTest {

    static final String PASSWORD = "Sessions-Test-Pass-8";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;

    @Autowired
    TestUsers users;

    UserAccount newUser(Role role, String pref) {
        String name = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createUnchecked(new NewUser(name, PASSWORD, role, pref == null ? null : new PrefectureCode(pref),
                null, null, null, null, role == Role.CONTRACTOR ? users.contractorOrganization(null) : null, false));
    }

    String adminToken() {
        return api.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(UserAccount account) {
        MamoriUser principal = new MamoriUser(account.actor());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void aPrefectureUserMovedAndDisabledCanNoLongerSaveWithItsOldSession() throws Exception {
        String pid = programs.create(100, Map.of("13", 5, "14", 5));
        UserAccount tokyo = newUser(Role.PREFECTURE, "13");
        Cookie session = BrowserLogin.session(mvc, tokyo.username(), PASSWORD);
        mvc.perform(get("/programs/" + pid + "/prefectures/13/nominations").cookie(session)).andExpect(status().isOk());

        Map<String, Object> change = new HashMap<>();
        change.put("prefectureCode", "14");
        change.put("enabled", false);
        Api.Response r = api.put(adminToken(), "/api/v1/users/" + tokyo.username(), change);
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        mvc.perform(post("/programs/" + pid + "/prefectures/13/nominations/row").cookie(session).with(csrf())
                        .param("version", "0").param("hospitalCode", "1310000001"))
                .andExpect(redirectedUrlPattern("/login*"));
        mvc.perform(get("/programs/" + pid + "/prefectures/13/nominations").cookie(session))
                .andExpect(redirectedUrlPattern("/login*"));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", tokyo.username()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdminDemotedToAuditorCannotCreateAnAdminWithItsOpenSession() throws Exception {
        UserAccount second = newUser(Role.MHLW_ADMIN, null);
        UserAccount actingAdmin = newUser(Role.MHLW_ADMIN, null);
        Cookie session = BrowserLogin.session(mvc, second.username(), PASSWORD);
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + second.id()).with(as(actingAdmin)).with(csrf())
                        .param("role", "AUDITOR").param("enabled", "true").param("version", String.valueOf(second.version())))
                .andExpect(redirectedUrl("/admin/users/" + second.id()));

        String created = "sneaky-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").cookie(session).with(csrf())
                        .param("username", created).param("password", "Sneaky-Admin-Pass-4").param("role", "MHLW_ADMIN"))
                .andExpect(redirectedUrlPattern("/login*"));
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", created)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aContractorsNewOrganizationOrManagerFlagEndsItsWebSessions() throws Exception {
        UserAccount contractor = newUser(Role.CONTRACTOR, null);
        String other = users.contractorOrganization("sessions-other");
        Cookie first = BrowserLogin.session(mvc, contractor.username(), PASSWORD);
        mvc.perform(get("/account").cookie(first)).andExpect(status().isOk());
        Api.Response moved = api.put(adminToken(), "/api/v1/users/" + contractor.username(), Map.of("organizationId", other));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        mvc.perform(get("/account").cookie(first)).andExpect(redirectedUrlPattern("/login*"));

        Cookie second = BrowserLogin.session(mvc, contractor.username(), PASSWORD);
        Api.Response promoted = api.put(adminToken(), "/api/v1/users/" + contractor.username(), Map.of("manager", true));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        mvc.perform(get("/account").cookie(second)).andExpect(redirectedUrlPattern("/login*"));
        assertThat(jdbc.sql("SELECT manager FROM app_user WHERE id = :id").param("id", contractor.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aChangeOfDisplayNameAloneKeepsTheSession() throws Exception {
        UserAccount auditor = newUser(Role.AUDITOR, null);
        UserAccount actingAdmin = newUser(Role.MHLW_ADMIN, null);
        Cookie session = BrowserLogin.session(mvc, auditor.username(), PASSWORD);
        mvc.perform(post("/admin/users/" + auditor.id()).with(as(actingAdmin)).with(csrf())
                        .param("role", "AUDITOR").param("enabled", "true").param("displayName", "監査 花子")
                        .param("version", String.valueOf(auditor.version())))
                .andExpect(redirectedUrl("/admin/users/" + auditor.id()));
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void anAdminsPasswordResetAndSecondFactorResetEndTheSessions() throws Exception {
        UserAccount user = newUser(Role.CONTRACTOR, null);
        UserAccount actingAdmin = newUser(Role.MHLW_ADMIN, null);
        Cookie first = BrowserLogin.session(mvc, user.username(), PASSWORD);
        mvc.perform(post("/admin/users/" + user.id() + "/password").with(as(actingAdmin)).with(csrf())
                .param("password", "Reset-By-Admin-Pass-5")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(first)).andExpect(redirectedUrlPattern("/login*"));

        Cookie second = BrowserLogin.session(mvc, user.username(), "Reset-By-Admin-Pass-5");
        mvc.perform(post("/admin/users/" + user.id() + "/totp/disable").with(as(actingAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(second)).andExpect(redirectedUrlPattern("/login*"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        UserAccount user = newUser(Role.AUDITOR, null);
        Cookie here = BrowserLogin.session(mvc, user.username(), PASSWORD);
        Cookie elsewhere = BrowserLogin.session(mvc, user.username(), PASSWORD);
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Changed-Myself-Pass-6").param("confirmPassword", "Changed-Myself-Pass-6"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrlPattern("/login*"));
    }

    @Test
    void sessionsAreStoredInPostgresqlAndReadBackByAnotherRepository() throws Exception {
        UserAccount user = newUser(Role.AUDITOR, null);
        Cookie session = BrowserLogin.session(mvc, user.username(), PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", user.username()).query(Long.class).single()).isEqualTo(1);

        // a repository of its own, as a restarted or second instance would have: nothing in memory
        JdbcIndexedSessionRepository fresh = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        org.springframework.session.Session stored = fresh.findById(id);
        assertThat(stored).isNotNull();
        SecurityContext context = stored.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(user.username());
        assertThat(((MamoriUser) context.getAuthentication().getPrincipal()).actor().role()).isEqualTo(Role.AUDITOR);
    }
}
