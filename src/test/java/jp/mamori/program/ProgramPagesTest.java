package jp.mamori.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The ministry defines a program on the page and uploads quotas as a sheet; bad input comes back explained. */
@IntegrationTest
class ProgramPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ProgramService programs;

    RequestPostProcessor as(Role role, String scope) {
        String user = users.user(role, scope);
        return authentication(AsUser.as(user, () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    @Test
    void createsAProgramOnThePageAndUploadsQuotas() throws Exception {
        String id = "P" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/programs").with(csrf()).with(as(Role.MHLW_ADMIN, null))
                        .param("id", id).param("name", "令和7年度 テスト事業").param("fiscalYear", "２０２５")
                        .param("ruleSet", "FY2025").param("nationalCapacity", "2,000").param("submissionDeadline", "2025-07-18")
                        .param("quotas[0].prefectureCode", "13").param("quotas[0].quota", "45"))
                .andExpect(redirectedUrl("/programs/" + id + "?saved"));
        Program p = AsUser.admin(() -> programs.get(id));
        assertThat(p.definition().nationalCapacity()).isEqualTo(2000);
        assertThat(p.definition().quota(new PrefectureCode("13"))).isEqualTo(45);

        MockMultipartFile sheet = new MockMultipartFile("file", "quotas.csv", "text/csv",
                "都道府県コード,対象数\n13,50\n27,40\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/programs/" + id + "/quotas").file(sheet).with(csrf()).with(as(Role.MHLW_ADMIN, null)))
                .andExpect(redirectedUrl("/programs/" + id));
        Program after = AsUser.admin(() -> programs.get(id));
        assertThat(after.definition().quota(new PrefectureCode("13"))).isEqualTo(50);
        assertThat(after.definition().quota(new PrefectureCode("27"))).isEqualTo(40);
        assertThat(after.definition().nationalCapacity()).isEqualTo(2000);
    }

    @Test
    void anImpossibleDateAndOverlappingBandsComeBackOnTheForm() throws Exception {
        String id = "P" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/programs").with(csrf()).with(as(Role.MHLW_ADMIN, null))
                        .param("id", id).param("name", "x").param("fiscalYear", "2025").param("ruleSet", "FY2025")
                        .param("nationalCapacity", "10").param("submissionDeadline", "2025-02-30")
                        .param("bands[0].id", "S").param("bands[0].minBeds", "20").param("bands[0].maxBeds", "300")
                        .param("bands[1].id", "L").param("bands[1].minBeds", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("実在する日付ではありません")));
        assertThat(programs.exists(id)).isFalse();
    }

    @Test
    void onlyTheMinistryEditsPrograms() throws Exception {
        mvc.perform(post("/programs").with(csrf()).with(as(Role.PREFECTURE, "13")).param("id", "X1").param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programs").with(csrf()).with(as(Role.AUDITOR, null)).param("id", "X1").param("nationalCapacity", "多い"))
                .andExpect(status().isForbidden());
    }
}
