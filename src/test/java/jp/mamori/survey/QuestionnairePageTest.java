package jp.mamori.survey;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The questionnaire page: a partial set kept as a draft with what is missing, 全角 digits and 和暦 read, refusals by the field. */
@IntegrationTest
class QuestionnairePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    Api api;

    PageRequests pages;
    SurveyFixture.Parties p;
    String hospital;

    @BeforeEach
    void setUp() {
        pages = new PageRequests(mvc);
        p = fixture.create();
        fixture.signMemorandum(p);
        hospital = users.user(Role.HOSPITAL, fixture.hospitalOf(p.caseId()));
    }

    JsonNode stored() {
        Api.Response r = api.get(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aPartialSetIsKeptAsADraftWithFullWidthDigitsAndAWarekiDateAndTheMissingQuestionsListed() throws Exception {
        String page = pages.submit(post("/survey/cases/" + p.caseId() + "/questionnaire")
                .param("q.staff.it", "３")
                .param("q.backup.restoreTestedOn", "令和7年4月1日")
                .param("systems[0].name", "電子カルテ").param("systems[0].kind", "EMR").param("systems[0].vendor", "A社")
                .param("systems[0].remoteMaintenance", "true")
                .param("systems[1].name", "").param("systems[1].kind", "").param("systems[1].vendor", "")
                .param("systems[1].remoteMaintenance", ""), as(hospital));
        assertThat(page).contains("回答を下書きとして保存しました。").contains("まだ回答していない必須の質問が6問あります。")
                .contains("そのうち専任の職員はいますか").contains("value=\"3\"").contains("value=\"電子カルテ\"");
        JsonNode s = stored();
        assertThat(s.get("complete").asBoolean()).isFalse();
        assertThat(s.get("answers").get("staff.it").asInt()).isEqualTo(3);
        assertThat(s.get("answers").get("backup.restoreTestedOn").asText()).isEqualTo("2025-04-01");
        assertThat(s.get("answers").get("systems")).hasSize(1);
        assertThat(s.get("answers").get("systems").get(0).get("remoteMaintenance").asBoolean()).isTrue();

        // the draft is shown again, pre-filled, on the next visit
        String again = pages.html(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(hospital)));
        assertThat(again).contains("value=\"3\"").contains("value=\"2025-04-01\"").contains("value=\"A社\"");
    }

    @Test
    void aValueThatDoesNotFitIsShownInJapaneseNextToItsFieldAndNothingIsStored() throws Exception {
        MockHttpServletResponse r = pages.response(post("/survey/cases/" + p.caseId() + "/questionnaire")
                .param("q.staff.it", "たくさん").param("q.staff.itFullTime", "はい").with(as(hospital)).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(422);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("には0以上100000以下の整数を入力してください（入力: たくさん）。").contains("class=\"field__error\"")
                .contains("aria-invalid=\"true\"").contains("value=\"たくさん\"");
        assertThat(stored().get("answers").isEmpty()).isTrue();
    }

    @Test
    void addingARowSavesNothingAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse r = pages.response(post("/survey/cases/" + p.caseId() + "/questionnaire")
                .param("q.staff.it", "2").param("systems[0].name", "PACS").param("systems[0].kind", "").param("systems[0].vendor", "")
                .param("systems[0].remoteMaintenance", "").param("addRow", "systems").with(as(hospital)).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"PACS\"").contains("name=\"systems[1].name\"").contains("value=\"2\"");
        assertThat(stored().get("answers").isEmpty()).isTrue();
    }

    @Test
    void theAssignedContractorMayAnswerAndTheMinistryMayNotOpenIt() throws Exception {
        assertThat(pages.html(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(p.subAStaff()))))
                .contains("id=\"questionnaire\"");
        assertThat(pages.status(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(users.user(Role.MHLW_ADMIN, null)))))
                .isEqualTo(403);
    }
}
