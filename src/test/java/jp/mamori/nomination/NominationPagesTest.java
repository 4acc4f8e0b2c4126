package jp.mamori.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.AsUser;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import jp.mamori.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page edits: add, change, reorder and remove rows as a draft with the form's checks, then submit. */
@IntegrationTest
class NominationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;
    @Autowired
    NominationService service;

    RequestPostProcessor as(Role role, String scope) {
        String user = users.user(role, scope);
        return authentication(AsUser.as(user, () -> org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication()));
    }

    int version(String pid) {
        return AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06"))
                .map(NominationList::version).orElse(0));
    }

    List<Nomination> rows(String pid) {
        return AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.nominations(pid, new PrefectureCode("06")));
    }

    MockHttpServletRequestBuilder row(String pid, Hospital h, int rank, String email) {
        return post("/programs/" + pid + "/prefectures/06/nominations/row").with(csrf())
                .param("version", "" + version(pid))
                .param("rank", "" + rank).param("hospitalCode", h.code().value()).param("hospitalName", h.name())
                .param("beds", "" + h.beds()).param("emr", "一部導入").param("renewalPlanned", "あり")
                .param("onsiteExpectedBy", "令和8年1月").param("previousYear", "なし").param("support", "両方")
                .param("consent", "済").param("contact1Department", "医事課").param("contact1Name", "村上")
                .param("contact1Phone", "023-123-4567").param("contact1Email", email)
                .param("contact2Department", "総務課").param("contact2Name", "斎藤").param("contact2Phone", "023-123-4568")
                .param("contact2Email", "saito@example.jp");
    }

    @Test
    void rowsAreEditedAsADraftWithTheFormsChecksAndThenSubmitted() throws Exception {
        String pid = programs.create(100, Map.of("06", 2));
        RequestPostProcessor yamagata = as(Role.PREFECTURE, "06");
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("06")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();

        mvc.perform(get("/programs/" + pid + "/prefectures/06/nominations/new").with(yamagata))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"rank\" name=\"rank\" type=\"text\" value=\"1\"")))
                .andExpect(content().string(Matchers.containsString("<option value=\"全部導入\">")))
                .andExpect(content().string(Matchers.containsString("<option value=\"事前調査資料提出後辞退\">")));

        // a mistake comes back on the same page, nothing stored
        mvc.perform(row(pid, hs.get(0), 1, "murakami-at-example.jp").with(yamagata))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("メールアドレスの形式が正しくありません")));
        assertThat(rows(pid)).isEmpty();

        for (int i = 0; i < 3; i++) {
            mvc.perform(row(pid, hs.get(i), i + 1, "murakami@example.jp").with(yamagata)).andExpect(status().is3xxRedirection());
        }
        assertThat(rows(pid)).extracting(n -> n.hospital().value())
                .containsExactly(hs.get(0).code().value(), hs.get(1).code().value(), hs.get(2).code().value());
        assertThat(rows(pid).get(0).row().onsiteExpectedBy()).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.DRAFT);

        mvc.perform(post("/programs/" + pid + "/prefectures/06/nominations/" + hs.get(2).code().value() + "/move")
                .with(csrf()).with(yamagata).param("direction", "up").param("version", "" + version(pid)));
        assertThat(rows(pid)).extracting(n -> n.hospital().value())
                .containsExactly(hs.get(0).code().value(), hs.get(2).code().value(), hs.get(1).code().value());

        mvc.perform(post("/programs/" + pid + "/prefectures/06/nominations/" + hs.get(0).code().value() + "/remove")
                .with(csrf()).with(yamagata).param("version", "" + version(pid)));
        assertThat(rows(pid)).hasSize(2);

        // a stale page (old version) is refused, not merged
        int stale = version(pid) - 1;
        mvc.perform(post("/programs/" + pid + "/prefectures/06/submit").with(csrf()).with(yamagata).param("version", "" + stale))
                .andExpect(status().is3xxRedirection());
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.DRAFT);

        mvc.perform(post("/programs/" + pid + "/prefectures/06/submit").with(csrf()).with(yamagata).param("version", "" + version(pid)))
                .andExpect(status().is3xxRedirection());
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.SUBMITTED);

        mvc.perform(get("/programs/" + pid + "/submissions").with(as(Role.MHLW_ADMIN, null)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("提出済み")))
                .andExpect(content().string(Matchers.containsString("未着手")));
    }

    @Test
    void anotherPrefectureCannotEditTheList() throws Exception {
        String pid = programs.create(100, Map.of("06", 2));
        Hospital h = registry.hospitalsIn(new PrefectureCode("06")).get(0);
        mvc.perform(row(pid, h, 1, "x@example.jp").with(as(Role.PREFECTURE, "05"))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + pid + "/prefectures/06/nominations").with(as(Role.PREFECTURE, "05")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + pid + "/submissions").with(as(Role.PREFECTURE, "06"))).andExpect(status().isForbidden());
    }

    /** Tokyo-sized: a page of rows, the next page the next rows, and a rank move across the page boundary. */
    @Test
    void aLongListIsPagedAndARowMovesAcrossPages() throws Exception {
        String pid = programs.create(300, Map.of("13", 100));
        List<Hospital> tokyo = registry.hospitalsIn(new PrefectureCode("13")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(230).toList();
        AsUser.as(users.user(Role.PREFECTURE, "13"), () -> service.upload(pid, new PrefectureCode("13"),
                jp.mamori.support.Forms.workbook("x", new PrefectureCode("13"), jp.mamori.support.Forms.eligibleRows(tokyo)),
                "l.xlsx", "UPLOAD"));
        RequestPostProcessor me = as(Role.PREFECTURE, "13");
        String list = "/programs/" + pid + "/prefectures/13/nominations";
        String first = mvc.perform(get(list).with(me)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String second = mvc.perform(get(list).param("page", "2").with(me)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> codes = tokyo.stream().map(h -> h.code().value()).toList();
        assertThat(rowCodes(first)).containsExactlyElementsOf(codes.subList(0, 100));
        assertThat(rowCodes(second)).containsExactlyElementsOf(codes.subList(100, 200));
        assertThat(first).contains("230件中 1–100件");
        assertThat(first.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(200_000);
        // the first row of page 2 can move up (onto page 1), the last row of page 1 down
        assertThat(between(second, "id=\"n-" + codes.get(100) + "\"", "</tr>")).contains("/move?direction=up\"");
        assertThat(between(first, "id=\"n-" + codes.get(99) + "\"", "</tr>")).contains("/move?direction=down\"");
        assertThat(between(first, "id=\"n-" + codes.get(0) + "\"", "</tr>")).doesNotContain("direction=up");
        assertThat(between(first, "id=\"row-actions\"", "</form>")).contains("name=\"_csrf\"").contains("name=\"version\"");

        int v = AsUser.as(users.user(Role.PREFECTURE, "13"), () -> service.list(pid, new PrefectureCode("13"))
                .orElseThrow().version());
        mvc.perform(post(list + "/" + codes.get(100) + "/move?direction=up").with(csrf()).with(me)
                        .param("version", "" + v).param("size", "100"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        list + "?page=1&size=100#n-" + codes.get(100)));
        List<String> after = AsUser.as(users.user(Role.PREFECTURE, "13"), () -> service.nominations(pid, new PrefectureCode("13")))
                .stream().map(n -> n.hospital().value()).toList();
        assertThat(after.get(99)).isEqualTo(codes.get(100));
        assertThat(after.get(100)).isEqualTo(codes.get(99));
        assertThat(after).hasSize(230);
    }

    static List<String> rowCodes(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr id=\"n-(\\d{10})\"").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String between(String html, String start, String end) {
        int i = html.indexOf(start);
        assertThat(i).as(start).isNotNegative();
        return html.substring(i, html.indexOf(end, i));
    }
}
