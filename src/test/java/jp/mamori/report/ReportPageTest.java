package jp.mamori.report;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The report page for each party: the lead writes, another account approves, the hospital and the consented prefecture read. */
@IntegrationTest
class ReportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    Api api;

    PageRequests pages;
    ReportFixture.Case c;

    @BeforeEach
    void setUp() {
        pages = new PageRequests(mvc);
        c = fixture.create();
    }

    String hospitalCode() {
        return api.get(c.p().subA(), "/api/v1/cases/" + c.id()).json().get("hospitalCode").asText();
    }

    String url() {
        return "/survey/cases/" + c.id() + "/report";
    }

    @Test
    void theCasePageLinksTheReport() throws Exception {
        assertThat(pages.html(get("/survey/cases/" + c.id()).with(as(c.p().subAStaff())))).contains("href=\"" + url() + "\"");
    }

    @Test
    void theLeadWritesOnePriorityALineAndIsToldTheyCannotApprove() throws Exception {
        String empty = pages.html(get(url()).with(as(c.p().subAStaff())));
        assertThat(empty).contains("id=\"report-form\"").contains("報告書はまだ書かれていません");

        String page = pages.submit(post(url()).param("summary", "　外部接続点は3か所です。")
                .param("priorities", "VPN装置の更新\n\n多要素認証の導入\n"), as(c.p().subAStaff()));
        assertThat(page).contains("報告書の本文を保存しました。").contains("第1版").contains("作成中（未承認）")
                .contains("主担当は自分の書いた報告書を承認できません").doesNotContain("報告書を承認しますか");
        assertThat(api.get(c.p().subA(), c.report()).json().get("priorities").size()).isEqualTo(2);

        MockHttpServletResponse blank = pages.response(post(url()).param("summary", "　").param("priorities", "")
                .with(as(c.p().subAStaff())).with(csrf()));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString(StandardCharsets.UTF_8)).contains("総括（summary）を入力してください");

        MockHttpServletResponse own = pages.response(post(url() + "/approve").with(as(c.p().subAStaff())).with(csrf()));
        assertThat(own.getStatus()).isEqualTo(409);
        assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains("主担当（" + c.p().subAStaff() + "）は自分の書いた報告書を承認できません");
    }

    @Test
    void anotherAccountApprovesAndTheVersionsShowTheDateInWareki() throws Exception {
        fixture.onsiteDone(c);
        fixture.write(c, "総括です。", List.of("VPN"));
        String before = pages.html(get(url()).with(as(c.colleagueName())));
        assertThat(before).doesNotContain("id=\"report-form\"").contains("報告書を承認しますか").contains("総括です。");
        assertThat(pages.status(post(url()).param("summary", "書き換え").with(as(c.colleagueName())).with(csrf()))).isEqualTo(403);

        String page = pages.submit(post(url() + "/approve"), as(c.colleagueName()));
        String wareki = JapaneseDates.withWareki(java.time.LocalDate.now(JapaneseDates.TOKYO));
        assertThat(page).contains("報告書を承認しました。").contains("承認済み（未納品）").contains(wareki);
        assertThat(fixture.reportDone(c)).isNotNull();
    }

    @Test
    void theHospitalSeesNothingBeforeDeliveryThenTheDeliveredVersionAndItsDate() throws Exception {
        String code = hospitalCode();
        String hospitalUser = users.user(Role.HOSPITAL, code);
        String none = pages.html(get(url()).with(as(hospitalUser)));
        assertThat(none).contains("報告書はまだ納品されていません").doesNotContain("id=\"report-form\"").doesNotContain("download-pdf");
        assertThat(pages.status(get(url() + ".pdf").with(as(hospitalUser)))).isEqualTo(404);

        fixture.approved(c);
        assertThat(fixture.deliver(c).status()).isEqualTo(200);
        String page = pages.html(get(url()).with(as(hospitalUser)));
        String wareki = JapaneseDates.withWareki(java.time.LocalDate.now(JapaneseDates.TOKYO));
        assertThat(page).contains("納品済み").contains(wareki).contains("id=\"download-pdf\"").contains("総括です。")
                .doesNotContain("id=\"report-form\"").doesNotContain("report/approve");
        // the page's links download with the browser's session, not the API's bearer token
        assertThat(page).contains("href=\"" + url() + ".pdf\"").contains("href=\"" + url() + ".pdf?version=1\"");
        for (String file : List.of(url() + ".pdf", url() + ".pdf?version=1")) {
            MockHttpServletResponse pdf = pages.response(get(file).with(as(hospitalUser)));
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.getContentAsByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        }
        assertThat(pages.status(get(url() + ".xlsx").with(as(hospitalUser)))).isEqualTo(200);
        assertThat(pages.status(post(url()).param("summary", "病院が書く").with(as(hospitalUser)).with(csrf()))).isEqualTo(403);
        assertThat(pages.status(post(url() + "/approve").with(as(hospitalUser)).with(csrf()))).isEqualTo(403);
    }

    @Test
    void thePrefectureReadsOnlyWithConsentAndTheMinistryAndAuditorNever() throws Exception {
        fixture.approved(c);
        assertThat(fixture.deliver(c).status()).isEqualTo(200);
        String prefecture = users.user(Role.PREFECTURE, c.p().prefectureCode());
        assertThat(pages.status(get(url()).with(as(prefecture)))).isEqualTo(403);
        assertThat(pages.status(get(url() + ".pdf").with(as(prefecture)))).isEqualTo(403);
        for (String national : List.of(users.user(Role.MHLW_ADMIN, null), users.user(Role.AUDITOR, null))) {
            assertThat(pages.status(get(url()).with(as(national)))).isEqualTo(403);
            assertThat(pages.status(get(url() + ".pdf").with(as(national)))).isEqualTo(403);
            assertThat(pages.status(get(url() + ".xlsx").with(as(national)))).isEqualTo(403);
        }
        assertThat(api.put(c.p().hospital(), "/api/v1/cases/" + c.id() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        assertThat(pages.html(get(url()).with(as(prefecture)))).contains("納品済み").contains("id=\"download-pdf\"")
                .doesNotContain("id=\"report-form\"");
        assertThat(pages.status(get(url() + ".pdf").with(as(prefecture)))).isEqualTo(200);
        assertThat(pages.status(post(url() + "/approve").with(as(prefecture)).with(csrf()))).isEqualTo(403);
    }
}
