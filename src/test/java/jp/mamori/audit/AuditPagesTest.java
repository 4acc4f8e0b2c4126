package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The audit search pages with the shared pager, and every filter (the entity type too) survives paging. */
@IntegrationTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @Test
    void theSearchIsPagedWithEveryFilterKept() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 120; i++) {
            audit.event("PAGE_TEST", "PAGE_TEST_" + tag, tag, "entry-" + i + "-" + tag + ".");
        }
        var admin = authentication(AsUser.admin(() -> SecurityContextHolder.getContext().getAuthentication()));
        String second = mvc.perform(get("/audit").param("entityType", "PAGE_TEST_" + tag).param("entityId", tag)
                        .param("size", "50").param("page", "2").with(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second.split("entry-", -1)).hasSize(51);
        assertThat(second).contains("120件中 51–100件");
        assertThat(second).contains("href=\"/audit?entityType=PAGE_TEST_" + tag + "&amp;entityId=" + tag + "&amp;page=3&amp;size=50\"");
        assertThat(second).contains("href=\"/audit?entityType=PAGE_TEST_" + tag + "&amp;entityId=" + tag + "&amp;page=1&amp;size=50\"");
    }
}
