package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The account pages, as the ministry and as everyone else. */
@IntegrationTest
class UserPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    @BeforeEach
    void registry() {
        data.ensureRegistry();
    }

    @Autowired
    jp.mamori.support.TestUsers users;

    /** Logs in as a real account so the principal carries its actor. */
    RequestPostProcessor as(Role role, String pref) {
        String name = "page-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserAccount account = accounts.createUnchecked(new NewUser(name, "Page-Test-Pass-1", role,
                pref == null ? null : new jp.mamori.shared.PrefectureCode(pref), null, null, null, null,
                role == Role.CONTRACTOR ? users.contractorOrganization(null) : null, false));
        SecurityContextHolder.clearContext();
        MamoriUser principal = new MamoriUser(account.actor());
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
    }

    @Test
    void theMinistryCreatesAnAccountThroughTheForm() throws Exception {
        RequestPostProcessor admin = as(Role.MHLW_ADMIN, null);
        String name = "form-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("password", "Form-Created-Pass-1")
                        .param("role", "PREFECTURE").param("prefectureCode", "１３"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("SELECT prefecture_code FROM app_user WHERE username = :u").param("u", name)
                .query(String.class).single()).isEqualTo("13");
    }

    @Test
    void theMinistryGivesAContractorAccountItsOrganizationAndTheManagerFlagThroughTheForm() throws Exception {
        RequestPostProcessor admin = as(Role.MHLW_ADMIN, null);
        String org = users.contractorOrganization(null);
        mvc.perform(get("/admin/users/new").with(admin))
                .andExpect(content().string(Matchers.containsString("value=\"" + org + "\"")));
        String name = "form-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("password", "Form-Created-Pass-1")
                        .param("role", "CONTRACTOR").param("organizationId", org).param("manager", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("SELECT organization_id || ':' || manager FROM app_user WHERE username = :u").param("u", name)
                .query(String.class).single()).isEqualTo(org + ":true");
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name + "x").param("password", "Form-Created-Pass-1").param("role", "CONTRACTOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("所属する組織（organizationId）が必要")));
    }

    @Test
    void aRefusedFormComesBackWithEveryProblemAndWithoutThePassword() throws Exception {
        RequestPostProcessor admin = as(Role.MHLW_ADMIN, null);
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", "ok-name-" + UUID.randomUUID().toString().substring(0, 4))
                        .param("password", "short").param("role", "PREFECTURE").param("prefectureCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("12文字以上")))
                .andExpect(content().string(Matchers.containsString("都道府県コード（01〜47）が必要")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"short\""))));
    }

    @Test
    void onlyTheMinistryOpensUserManagementAndOnlyItAndTheAuditorOpenTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.MHLW_ADMIN, null))).andExpect(status().isOk());
        mvc.perform(get("/audit").with(as(Role.AUDITOR, null))).andExpect(status().isOk());
        for (Role role : new Role[]{Role.PREFECTURE, Role.CONTRACTOR, Role.AUDITOR}) {
            mvc.perform(get("/admin/users").with(as(role, role == Role.PREFECTURE ? "13" : null)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit").with(as(Role.PREFECTURE, "13"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(Role.CONTRACTOR, null))).andExpect(status().isForbidden());
    }

    @Test
    void aPrefectureOpensOnlyItsOwnHospitals() throws Exception {
        RequestPostProcessor tokyo = as(Role.PREFECTURE, "13");
        mvc.perform(get("/hospitals/0110112489").with(tokyo)).andExpect(status().isForbidden());
        mvc.perform(get("/hospitals").param("prefecture", "01").with(tokyo))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("0110112489"))));
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Log in")));
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("ログイン")));
    }
}
