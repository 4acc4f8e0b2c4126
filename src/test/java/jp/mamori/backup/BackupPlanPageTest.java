package jp.mamori.backup;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** The backup plan page for each party: the contractor edits, the hospital decides, the prefecture with consent reads. */
@IntegrationTest
class BackupPlanPageTest {

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

    String url() {
        return "/survey/cases/" + p.caseId() + "/backup-plan";
    }

    JsonNode stored() {
        Api.Response r = api.get(p.subA(), "/api/v1/cases/" + p.caseId() + "/backup-plan");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    MockHttpServletRequestBuilder plan(String tb0, String tb1) {
        return post(url()).param("version", "0")
                .param("systems[0].name", "電子カルテ").param("systems[0].kind", "EMR").param("systems[0].dataTb", tb0)
                .param("systems[0].frequency", "DAILY").param("systems[0].generations", "５").param("systems[0].separation", "OFFLINE_MEDIA")
                .param("systems[0].restoreTargetHours", "24")
                .param("systems[1].name", "PACS").param("systems[1].kind", "画像").param("systems[1].dataTb", tb1)
                .param("systems[1].frequency", "WEEKLY").param("systems[1].generations", "3").param("systems[1].separation", "WORM")
                .param("systems[1].restoreTargetHours", "")
                .param("costPerTbMin", "３００，０００").param("costPerTbMax", "400000");
    }

    @Test
    void theContractorSavesThePlanWithFullWidthDigitsAndSeesTheCostRangeAndTheFeeScheduleCheck() throws Exception {
        String empty = pages.html(get(url()).with(as(p.subAStaff())));
        assertThat(empty).contains("id=\"plan-form\"").contains("事前質問票のシステム一覧から作った案");

        String page = pages.submit(plan("２．５", "1"), as(p.subAStaff()));
        assertThat(page).contains("バックアップ計画を保存しました。").contains("1,050,000円〜1,400,000円").contains("3.5 TB")
                .contains("この計画で、加算のバックアップの要件を満たします。").contains("value=\"電子カルテ\"");
        JsonNode s = stored();
        assertThat(s.get("systems").get(0).get("dataTb").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(s.get("systems").get(0).get("generations").asInt()).isEqualTo(5);
        assertThat(s.get("costPerTbMin").asLong()).isEqualTo(300000);
    }

    @Test
    void aWrongValueIsShownInJapaneseNextToItsFieldAndNothingIsStored() throws Exception {
        MockHttpServletResponse r = pages.response(plan("たくさん", "1").param("costPerTbMax", "200000")
                .with(as(p.subAStaff())).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(422);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("1件目のデータ量（TB）には数を入力してください（入力: たくさん）。").contains("value=\"たくさん\"")
                .contains("class=\"field__error\"");
        assertThat(stored().get("proposed").asBoolean()).isFalse();
    }

    @Test
    void addingARowSavesNothing() throws Exception {
        MockHttpServletResponse r = pages.response(plan("1", "1").param("addRow", "true").with(as(p.subAStaff())).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("name=\"systems[2].name\"").contains("value=\"PACS\"");
        assertThat(stored().get("proposed").asBoolean()).isFalse();
    }

    @Test
    void theHospitalSeesThePlanAndRecordsADeferWithItsDateAndIsToldWhenTheDateIsMissing() throws Exception {
        String before = pages.html(get(url()).with(as(hospital)));
        assertThat(before).doesNotContain("id=\"plan-form\"").doesNotContain("id=\"decision-form\"").contains("事業者がまだ計画を提案していません");

        pages.submit(plan("1", "1"), as(p.subAStaff()));
        String page = pages.html(get(url()).with(as(hospital)));
        assertThat(page).contains("id=\"decision-form\"").doesNotContain("id=\"plan-form\"").contains("600,000円〜800,000円");

        MockHttpServletResponse missing = pages.response(post(url() + "/decision").param("choice", "DEFER")
                .param("decidedOn", fixture.today().toString()).param("until", "").param("version", "1").with(as(hospital)).with(csrf()));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("延期する場合は、いつまでに判断するか（期限）を入力してください。")
                .contains("aria-invalid=\"true\"");

        String done = pages.submit(post(url() + "/decision").param("choice", "DEFER").param("decidedOn", fixture.today().toString())
                .param("until", "令和20年3月31日").param("version", "1"), as(hospital));
        assertThat(done).contains("病院の判断を記録しました。").contains("延期する").contains("2038年3月31日（令和20年）までに改めて判断");
        assertThat(stored().get("decision").get("until").asText()).isEqualTo("2038-03-31");
        // the hospital cannot post the contractor's form
        assertThat(pages.status(plan("9", "9").with(as(hospital)).with(csrf()))).isEqualTo(403);
    }

    @Test
    void thePrefectureReadsOnlyWithConsentAndTheMinistryNever() throws Exception {
        pages.submit(plan("1", "1"), as(p.subAStaff()));
        String prefecture = users.user(Role.PREFECTURE, p.prefectureCode());
        assertThat(pages.status(get(url()).with(as(prefecture)))).isEqualTo(403);
        Api.Response shared = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        String page = pages.html(get(url()).with(as(prefecture)));
        assertThat(page).contains("電子カルテ").doesNotContain("id=\"plan-form\"").doesNotContain("id=\"decision-form\"");
        assertThat(pages.status(post(url() + "/decision").param("choice", "ADOPT").param("decidedOn", fixture.today().toString())
                .with(as(prefecture)).with(csrf()))).isEqualTo(403);
        for (String other : List.of(users.user(Role.MHLW_ADMIN, null), users.user(Role.AUDITOR, null))) {
            assertThat(pages.status(get(url()).with(as(other)))).isEqualTo(403);
        }
    }

    @Test
    void theCasePageLinksToThePlan() throws Exception {
        assertThat(pages.html(get("/survey/cases/" + p.caseId()).with(as(hospital)))).contains("/survey/cases/" + p.caseId() + "/backup-plan");
    }
}
