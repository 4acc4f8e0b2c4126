package jp.mamori.checklist;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * api-survey.md, Checklists and BCP: on the answer page an item asked per target is answered as a whole or per target
 * ({@code itemId@S} …), never both; and the ministry's menu leads to the checklists.
 */
@IntegrationTest
class ChecklistTargetPagesTest {

    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    Api api;
    @Autowired
    MockMvc mvc;

    SurveyFixture.Parties p;
    String hospital;
    String user;
    String page;
    LocalDate today;
    String checked;
    PageRequests pages;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        hospital = fixture.hospitalOf(p.caseId());
        user = users.user(Role.HOSPITAL, hospital);
        page = "/checklists/hospitals/" + hospital + "/" + ChecklistFixture.EDITION + "/HOSPITAL";
        today = fixture.today();
        // a いいえ's target date must fall within the 令和7 fiscal year and on or after the day checked
        checked = today.isAfter(LocalDate.of(2026, 3, 31)) ? "2026-03-01" : today.toString();
        pages = new PageRequests(mvc);
    }

    @Test
    void aPerTargetAnswerPostedOnThePageIsStoredUnderItsTargetKeys() throws Exception {
        String html = pages.html(get(page).with(as(user)));
        assertThat(html).contains("name=\"a.2-1@S\"").contains("name=\"a.2-1@NW\"").contains("対象ごとに回答").contains("まとめて回答")
                .contains("id=\"item-2-1-PC\"");
        String saved = pages.submit(post(page).param("a.1-1", "YES").param("c.1-1", today.toString())
                .param("m.2-1", "EACH")
                .param("a.2-1@S", "NO").param("c.2-1@S", checked).param("t.2-1@S", "2026-03-31")
                .param("a.2-1@PC", "YES").param("c.2-1@PC", today.toString())
                .param("a.2-1@NW", "NA"), as(user));
        assertThat(saved).contains("回答を保存しました");
        JsonNode answers = stored();
        assertThat(answers.has("2-1")).isFalse();
        assertThat(answers.get("2-1@S").get("answer").asText()).isEqualTo("NO");
        assertThat(answers.get("2-1@S").get("targetOn").asText()).isEqualTo("2026-03-31");
        assertThat(answers.get("2-1@PC").get("answer").asText()).isEqualTo("YES");
        assertThat(answers.get("2-1@NW").get("answer").asText()).isEqualTo("NA");
        assertThat(answers.get("1-1").get("answer").asText()).as("a whole item beside it").isEqualTo("YES");
        // shown again per target, the way chosen, the rows open
        String row = fieldset(saved, "item-2-1-S");
        assertThat(row).contains("value=\"NO\" checked=\"checked\"").contains("value=\"2026-03-31\"");
        assertThat(fieldset(saved, "item-2-1")).contains("value=\"EACH\" checked=\"checked\"");
        assertThat(saved).contains("<details class=\"checklist-each\" open");

        // choosing まとめて回答 again replaces the per-target answers without script (the rows still post their values)
        pages.submit(post(page).param("a.1-1", "YES").param("c.1-1", today.toString())
                .param("m.2-1", "WHOLE").param("a.2-1", "YES").param("c.2-1", today.toString())
                .param("a.2-1@S", "NO").param("c.2-1@S", checked).param("t.2-1@S", "2026-03-31"), as(user));
        JsonNode whole = stored();
        assertThat(whole.get("2-1").get("answer").asText()).isEqualTo("YES");
        assertThat(whole.has("2-1@S")).isFalse();
    }

    @Test
    void aPerTargetNoWithoutATargetDateIsToldOnThatRowAndNothingIsStored() throws Exception {
        Map<String, Object> before = Map.of("1-1", ChecklistFixture.yes(today));
        assertThat(api.put(p.hospital(), ChecklistFixture.path(hospital, "HOSPITAL"), Map.of("answers", before)).status()).isEqualTo(200);
        JsonNode stored = stored();
        assertThat(stored.get("1-1").get("answer").asText()).isEqualTo("YES");
        MockHttpServletResponse r = pages.response(post(page).with(as(user)).with(csrf())
                .param("a.1-1", "NA").param("m.2-1", "EACH")
                .param("a.2-1@S", "NO").param("c.2-1@S", checked)
                .param("a.2-1@PC", "YES").param("c.2-1@PC", today.toString()));
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(html).isEqualTo(422);
        String row = fieldset(html, "item-2-1-S");
        assertThat(row).contains("field__error").contains("「いいえ」の項目には、対応する予定の日")
                .contains("aria-describedby=").contains("value=\"NO\" checked=\"checked\"").contains("value=\"" + checked + "\"");
        assertThat(fieldset(html, "item-2-1-PC")).doesNotContain("field__error").contains("value=\"YES\" checked=\"checked\"");
        assertThat(stored()).as("unchanged").isEqualTo(stored);
    }

    @Test
    void aWholeAndAPerTargetAnswerForOneItemAreRefusedNextToTheItem() throws Exception {
        JsonNode before = stored();
        MockHttpServletRequestBuilder both = post(page).with(as(user)).with(csrf())
                .param("a.2-1", "YES").param("c.2-1", today.toString())
                .param("a.2-1@S", "YES").param("c.2-1@S", today.toString());
        MockHttpServletResponse r = pages.response(both);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(html).isEqualTo(422);
        String item = html.substring(html.indexOf("id=\"item-2-1\""), html.indexOf("id=\"item-2-1-S\""));
        assertThat(item).contains("field__error").contains("項目全体の回答か対象別の回答のどちらか一方にしてください");
        assertThat(fieldset(html, "item-2-1-S")).contains("value=\"YES\" checked=\"checked\"");
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aReaderSeesAnswersGivenPerTargetByTarget() throws Exception {
        Map<String, Object> inspection = Map.of("2-1@S", Map.of("answer", "NO", "checkedOn", checked, "targetOn", "2026-03-31"),
                "2-1@PC", ChecklistFixture.yes(today));
        Api.Response put = api.put(p.prefecture(), ChecklistFixture.path(hospital, "PREFECTURE"), Map.of("answers", inspection));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String html = pages.html(get(page.replace("/HOSPITAL", "/PREFECTURE")).with(as(user)));
        assertThat(fieldset(html, "item-2-1")).contains("対象ごとの回答：サーバ: いいえ、端末PC: はい").doesNotContain("未回答")
                .doesNotContain("name=\"a.2-1@S\"");
    }

    @Test
    void theMenuLeadsTheMinistryAndTheAuditorsToTheChecklists() throws Exception {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("href=\"/checklists\"[^>]*>チェックリスト</a>");
        assertThat(pages.html(get("/hospitals").with(as(users.user(Role.MHLW_ADMIN, null))))).containsPattern(link);
        assertThat(pages.html(get("/checklists").with(as(users.user(Role.AUDITOR, null))))).containsPattern(link);
        assertThat(pages.html(get(page).with(as(user)))).as("the hospital comes from its case page").doesNotContainPattern(link);
    }

    private JsonNode stored() {
        Api.Response r = api.get(p.hospital(), ChecklistFixture.path(hospital, "HOSPITAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("answers");
    }

    /** The fieldset with that id, up to its end (a target row has no fieldset inside). */
    private static String fieldset(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</fieldset>", start));
    }
}
