package jp.mamori.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Tokyo-sized decision lists come a page at a time, filters kept, so the HTML stays bounded however long the list. */
@IntegrationTest
class SelectionPagesTest {

    /** Tokyo's real list is about 600 rows; a page of 100 must stay well below the 338 KB the whole list took. */
    static final int PAGE_BYTES_BOUND = 160_000;
    private static final Pattern ROW = Pattern.compile("<tr id=\"d-(\\d{10})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;

    String pid;

    @BeforeEach
    void tokyoWith250Nominations() {
        pid = programs.create(150, Map.of("13", 100, "14", 2));
        List<Hospital> tokyo = registry.hospitalsIn(new PrefectureCode("13")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(250).toList();
        api.upload(api.token(Role.PREFECTURE, "13"), "/api/v1/programs/" + pid + "/prefectures/13/nominations",
                Forms.workbook("x", new PrefectureCode("13"), Forms.eligibleRows(tokyo)), "l.xlsx");
        List<Hospital> kanagawa = registry.hospitalsIn(new PrefectureCode("14")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();
        api.upload(api.token(Role.PREFECTURE, "14"), "/api/v1/programs/" + pid + "/prefectures/14/nominations",
                Forms.workbook("x", new PrefectureCode("14"), Forms.eligibleRows(kanagawa)), "l.xlsx");
        api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
    }

    RequestPostProcessor as(Role role, String scope) {
        String user = users.user(role, scope);
        return authentication(AsUser.as(user, () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> rows(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void theNationalListIsPagedAndKeepsItsFilters() throws Exception {
        RequestPostProcessor admin = as(Role.MHLW_ADMIN, null);
        String decisions = "/programs/" + pid + "/selection/decisions";
        String first = html(get(decisions).param("prefecture", "13").param("status", "WAITLISTED").param("size", "50").with(admin));
        String second = html(get(decisions).param("prefecture", "13").param("status", "WAITLISTED").param("size", "50")
                .param("page", "2").with(admin));
        String both = html(get(decisions).param("prefecture", "13").param("status", "WAITLISTED").param("size", "100").with(admin));

        assertThat(rows(first)).hasSize(50).doesNotHaveDuplicates();
        assertThat(rows(second)).hasSize(50).doesNotContainAnyElementsOf(rows(first));
        List<String> expected = new ArrayList<>(rows(first));
        expected.addAll(rows(second));
        assertThat(rows(both)).containsExactlyElementsOf(expected);
        assertThat(first).contains("150件中 1–50件");
        assertThat(second).contains("150件中 51–100件");
        // every page link keeps the filters
        assertThat(first).contains("href=\"/programs/" + pid + "/selection/decisions?prefecture=13&amp;status=WAITLISTED&amp;page=3&amp;size=50\"");
        assertThat(first).contains("<option value=\"WAITLISTED\" selected=\"selected\">");

        // past the end: the last page, not an empty one
        String beyond = html(get(decisions).param("prefecture", "13").param("status", "WAITLISTED").param("size", "50")
                .param("page", "99").with(admin));
        assertThat(rows(beyond)).hasSize(50).doesNotContainAnyElementsOf(expected);

        String all = html(get(decisions).with(admin));
        assertThat(rows(all)).hasSize(100);
        assertThat(all.getBytes(StandardCharsets.UTF_8).length).isLessThan(PAGE_BYTES_BOUND);
    }

    @Test
    void tokyosOwnSelectionPageIsPagedAndStaysSmall() throws Exception {
        RequestPostProcessor tokyo = as(Role.PREFECTURE, "13");
        String page = "/programs/" + pid + "/prefectures/13/selection";
        String first = html(get(page).with(tokyo));
        String second = html(get(page).param("page", "2").with(tokyo));
        String third = html(get(page).param("page", "3").with(tokyo));
        assertThat(rows(first)).hasSize(100);
        assertThat(rows(second)).hasSize(100).doesNotContainAnyElementsOf(rows(first));
        assertThat(rows(third)).hasSize(50);
        assertThat(first).contains("250件中 1–100件");
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(PAGE_BYTES_BOUND);
        // a withdrawal comes back to the page it was made on
        assertThat(first).contains("<input type=\"hidden\" name=\"page\" value=\"1\">");
    }
}
