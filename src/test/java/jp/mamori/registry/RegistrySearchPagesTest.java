package jp.mamori.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registry search pages with the shared pager: count, page links that keep the filters, page sizes. */
@IntegrationTest
class RegistrySearchPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Registry registry;

    String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(authentication(AsUser.as(TestUsers.ADMIN,
                () -> SecurityContextHolder.getContext().getAuthentication())))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSecondPageOfAPrefectureKeepsItsFilterInEveryLink() throws Exception {
        data.ensureRegistry();
        int tokyo = registry.hospitalsIn(new PrefectureCode("13")).size();
        assertThat(tokyo).isGreaterThan(150);
        String second = html(get("/hospitals").param("prefecture", "13").param("size", "50").param("page", "2"));
        assertThat(second).contains(String.format("%,d件中 51–100件", tokyo));
        assertThat(second).contains("href=\"/hospitals?prefecture=13&amp;page=3&amp;size=50\"")
                .contains("href=\"/hospitals?prefecture=13&amp;page=1&amp;size=100\"");
        String beyond = html(get("/hospitals").param("prefecture", "13").param("size", "200").param("page", "9999"));
        assertThat(beyond).as("a page past the end shows the last").contains("件中 ").contains("–" + String.format("%,d", tokyo) + "件");
    }
}
