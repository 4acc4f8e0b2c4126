package jp.mamori.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mamori.security.Role;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The frame of every page: the menu marks the page's own item, and the icon every page links is there. */
@IntegrationTest
class LayoutPagesTest {

    private static final Pattern CURRENT = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]*)</a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestPrograms programs;

    RequestPostProcessor as(Role role, String scope) {
        String user = users.user(role, scope);
        return authentication(AsUser.as(user, () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    List<String> marked(String path, RequestPostProcessor who) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the menu only: a list's pager marks its current page the same way
        int menu = html.indexOf("class=\"main-nav\"");
        Matcher m = CURRENT.matcher(menu < 0 ? html : html.substring(menu, html.indexOf("</nav>", menu)));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theMenuMarksTheItemOfEachMainPageAndOnlyIt() throws Exception {
        String pid = programs.create(10, Map.of("13", 3));
        RequestPostProcessor admin = as(Role.MHLW_ADMIN, null);
        RequestPostProcessor tokyo = as(Role.PREFECTURE, "13");
        assertThat(marked("/programs/" + pid + "/dashboard", admin)).containsExactly("進捗");
        assertThat(marked("/programs/" + pid + "/selection", admin)).containsExactly("選定");
        assertThat(marked("/programs/" + pid + "/selection/decisions", admin)).containsExactly("選定");
        assertThat(marked("/programs", admin)).containsExactly("事業の設定");
        assertThat(marked("/programs/" + pid, admin)).containsExactly("事業の設定");
        assertThat(marked("/programs/" + pid + "/submissions", admin)).containsExactly("提出状況");
        assertThat(marked("/hospitals", admin)).containsExactly("病院台帳");
        assertThat(marked("/notifications", admin)).containsExactly("通知メール");
        assertThat(marked("/programs/" + pid + "/dashboard", tokyo)).containsExactly("進捗");
        assertThat(marked("/programs/" + pid + "/prefectures/13/selection", tokyo)).containsExactly("選定結果");
        assertThat(marked("/programs/" + pid + "/prefectures/13/nominations", tokyo)).containsExactly("推薦リスト");
    }

    @Test
    void theIconIsServedToAnyoneAndLinkedFromTheLayout() throws Exception {
        MvcResult ico = mvc.perform(get("/favicon.ico")).andReturn();
        assertThat(ico.getResponse().getStatus()).isEqualTo(200);
        assertThat(ico.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
        MvcResult login = mvc.perform(get("/login")).andReturn();
        String html = login.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("<link rel=\"icon\"[^>]*href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        MvcResult svg = mvc.perform(get(link.group(1))).andReturn();
        assertThat(svg.getResponse().getStatus()).isEqualTo(200);
        assertThat(svg.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("<svg");
    }
}
