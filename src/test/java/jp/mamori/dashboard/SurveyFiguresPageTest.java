package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jp.mamori.security.Role;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The figures page per role, and the prefecture's list of its hospitals' cases with what their consent opens. */
@IntegrationTest
class SurveyFiguresPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SurveyFiguresData data;
    @Autowired
    JdbcClient jdbc;

    PageRequests pages;
    SurveyFiguresData.Built built;

    @BeforeEach
    void build() {
        pages = new PageRequests(mvc);
        built = data.values();
    }

    String figures(String query) {
        return "/survey/figures?program=" + built.pid() + query;
    }

    @Test
    void theMinistrySeesTheNationalFiguresWithChartsTablesAndTheMarkExplained() throws Exception {
        String html = pages.html(get(figures("")).with(PageRequests.as(TestUsers.ADMIN)));
        assertThat(html).contains("調査の集計（全国）");
        assertThat(html).contains("id=\"state-chart\"", "id=\"purpose-chart\"", "id=\"severity-chart\"", "id=\"decision-chart\"");
        assertThat(html).contains("id=\"purpose-table\"", "id=\"rule-table\"", "id=\"checklist-table\"");
        assertThat(html).containsPattern("data-key=\"REMOTE_MAINTENANCE\">\\s*<th scope=\"row\">リモートメンテナンス</th>\\s*<td class=\"num\"><span>10</span>");
        assertThat(html).containsPattern("data-key=\"HIGH\">\\s*<th scope=\"row\">高</th>\\s*<td class=\"num\"><span class=\"suppressed\"");
        assertThat(html).contains("5病院未満の機密データに基づく値");
        assertThat(html).contains("id=\"f-scope\"");
        assertThat(html).contains("/programs/" + built.pid() + "/survey-statistics.xlsx");
        assertThat(html).contains("href=\"/survey/figures\"");
    }

    @Test
    void theAuditorSeesTheSameAndChoosesAPrefecture() throws Exception {
        String auditor = users.user(Role.AUDITOR, null);
        assertThat(pages.html(get(figures("")).with(PageRequests.as(auditor)))).contains("調査の集計（全国）");
        String fukuoka = pages.html(get(figures("&prefecture=" + SurveyFiguresData.B)).with(PageRequests.as(auditor)));
        assertThat(fukuoka).contains("福岡県の調査の集計");
        assertThat(fukuoka).contains("/programs/" + built.pid() + "/prefectures/40/survey-statistics.csv");
    }

    @Test
    void aPrefectureSeesItsOwnFiguresOnlyAndOthersAreRefused() throws Exception {
        String hokkaido = users.user(Role.PREFECTURE, SurveyFiguresData.A);
        String own = pages.html(get(figures("")).with(PageRequests.as(hokkaido)));
        assertThat(own).contains("北海道の調査の集計");
        assertThat(own).doesNotContain("id=\"f-scope\"");
        assertThat(own).contains("href=\"/survey/figures\"");
        assertThat(pages.status(get(figures("&prefecture=" + SurveyFiguresData.B)).with(PageRequests.as(hokkaido)))).isEqualTo(403);
        assertThat(pages.status(get(figures("")).with(PageRequests.as(users.user(Role.CONTRACTOR, null))))).isEqualTo(403);
        assertThat(pages.status(get(figures("")).with(PageRequests.as(users.user(Role.HOSPITAL, built.hospitalsA().get(0))))))
                .isEqualTo(403);
        assertThat(pages.status(get(figures("")))).isEqualTo(302);
    }

    @Test
    void thePrefecturesCaseListShowsConsentAndLinksOnlyConsentedCasesFindingsAndDeliveredReports() throws Exception {
        long consented = built.a().get(0);
        long delivered = built.a().get(4);
        long notConsented = built.a().get(1);
        jdbc.sql("UPDATE survey_case SET shared_with_prefecture = true WHERE id IN (:ids)")
                .param("ids", java.util.List.of(consented, delivered)).update();
        String path = "/survey/prefectures/" + SurveyFiguresData.A + "?program=" + built.pid();
        String html = pages.html(get(path).with(PageRequests.as(users.user(Role.PREFECTURE, SurveyFiguresData.A))));
        assertThat(html).contains("共有の同意");
        assertThat(html).contains("/survey/cases/" + consented + "/findings");
        assertThat(html).contains("/survey/cases/" + delivered + "/findings", "/survey/cases/" + delivered + "/report");
        assertThat(html).doesNotContain("/survey/cases/" + consented + "/report");
        assertThat(html).doesNotContain("/survey/cases/" + notConsented + "/findings");
        assertThat(html).contains("/survey/figures?program=" + built.pid() + "&amp;prefecture=01");

        String ministry = pages.html(get(path).with(PageRequests.as(TestUsers.ADMIN)));
        assertThat(ministry).as("the consent is not the ministry's to see").doesNotContain("共有の同意");
        assertThat(ministry).doesNotContain("/survey/cases/" + consented + "/findings");
    }
}
