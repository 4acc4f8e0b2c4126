package jp.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page requests in MockMvc as a real account: a page's HTML, a status, a form posted and the page it redirects to. */
public final class PageRequests {

    private final MockMvc mvc;

    public PageRequests(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static RequestPostProcessor as(String username) {
        return authentication(AsUser.as(username, () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    public MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    public String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = response(request);
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    public int status(MockHttpServletRequestBuilder request) throws Exception {
        return response(request).getStatus();
    }

    /** Posts a form and renders the page it redirects to with its flash attributes (kept in the PostgreSQL session). */
    public String submit(MockHttpServletRequestBuilder form, RequestPostProcessor who) throws Exception {
        MvcResult posted = mvc.perform(form.with(who).with(csrf())).andReturn();
        assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        String target = posted.getResponse().getRedirectedUrl();
        jakarta.servlet.http.Cookie session = posted.getResponse().getCookie("MAMORI_SESSION");
        assertThat(session).isNotNull();
        return html(get(target.replaceAll("#.*$", "")).cookie(session).with(who));
    }
}
