package jp.mamori.survey;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case page's contacts, invitations and requests to move a date, through the same services as the API. */
@IntegrationTest
class CasePeoplePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    PageRequests pages;
    SurveyFixture.Parties p;
    String hospital;

    @BeforeEach
    void setUp() {
        pages = new PageRequests(mvc);
        p = fixture.create();
        hospital = users.user(Role.HOSPITAL, fixture.hospitalOf(p.caseId()));
    }

    @Test
    void aWrongPhoneIsShownNextToItsFieldThenTheContactsAreSavedAndTheContractorInvitesThem() throws Exception {
        String refused = pages.submit(post("/survey/cases/" + p.caseId() + "/contacts")
                .param("contacts[0].department", "情報システム課").param("contacts[0].name", "山田 花子")
                .param("contacts[0].phone", "123").param("contacts[0].email", "hanako@hospital.example.jp"), as(hospital));
        assertThat(refused).contains("1人目の担当者の電話番号は、市外局番から10桁または11桁で入力してください")
                .contains("id=\"ct-0-phone-e\"").contains("value=\"山田 花子\"").doesNotContain("連絡先を保存しました。");

        String saved = pages.submit(post("/survey/cases/" + p.caseId() + "/contacts")
                .param("contacts[0].department", "情報システム課").param("contacts[0].name", "山田 花子")
                .param("contacts[0].phone", "03-1234-5678").param("contacts[0].email", "hanako@hospital.example.jp"), as(hospital));
        assertThat(saved).contains("連絡先を保存しました。").contains("hanako@hospital.example.jp");

        // the hospital has no invite button, and may not post one
        assertThat(saved).doesNotContain("id=\"invite\"");
        assertThat(pages.status(post("/survey/cases/" + p.caseId() + "/invitations").with(as(hospital)).with(csrf()))).isEqualTo(403);

        String invited = pages.submit(post("/survey/cases/" + p.caseId() + "/invitations"), as(p.subAStaff()));
        assertThat(invited).contains("1件の案内を送りました。");
        assertThat(jdbc.sql("SELECT count(*) FROM survey_invitation WHERE case_id = :c AND email = 'hanako@hospital.example.jp'")
                .param("c", p.caseId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theHospitalAsksToMoveTheHearingAndTheContractorSeesTheRequest() throws Exception {
        String past = pages.submit(post("/survey/cases/" + p.caseId() + "/reschedule").param("step", "HEARING")
                .param("preferredDates[0]", fixture.today().minusDays(1).toString()), as(hospital));
        assertThat(past).contains("希望日には今日（").contains("id=\"rs-dates-e\"");

        String asked = pages.submit(post("/survey/cases/" + p.caseId() + "/reschedule").param("step", "HEARING")
                .param("preferredDates[0]", fixture.today().plusDays(10).toString())
                .param("preferredDates[1]", fixture.today().plusDays(12).toString()).param("note", "午後を希望します"), as(hospital));
        assertThat(asked).contains("ヒアリングの日程の変更を依頼しました。");

        String contractor = pages.html(get("/survey/cases/" + p.caseId()).with(as(p.subAStaff())));
        assertThat(contractor).contains("id=\"reschedule-pending\"").contains("午後を希望します")
                .contains(JapaneseDates.withWareki(fixture.today().plusDays(10)))
                .doesNotContain("id=\"rs-step\"");
        // the prefecture sees no request (personal) and no form
        String prefecture = pages.html(get("/survey/cases/" + p.caseId()).with(as(users.user(Role.PREFECTURE, p.prefectureCode()))));
        assertThat(prefecture).doesNotContain("午後を希望します").doesNotContain("id=\"reschedule\"");
    }

    @Test
    void theLeadIsPickedFromTheAccountsOfTheOrganizationsAndSaved() throws Exception {
        String admin = users.user(Role.MHLW_ADMIN, null);
        String org = jdbc.sql("SELECT organization_id FROM survey_case WHERE id = :c").param("c", p.caseId()).query(String.class).single();
        String page = pages.html(get("/survey/cases/" + p.caseId()).with(as(admin)));
        String select = page.substring(page.indexOf("id=\"a-lead\""), page.indexOf("</select>", page.indexOf("id=\"a-lead\"")));
        assertThat(select).contains("<option value=\"" + p.subAStaff() + "\"").contains("label=\"株式会社 " + org + "\"");

        String saved = pages.submit(post("/survey/cases/" + p.caseId() + "/assignment").param("organizationId", org)
                .param("leadUsername", p.subAStaff()), as(admin));
        assertThat(saved).contains("担当を変更しました。").contains("<option value=\"" + p.subAStaff() + "\" selected=\"selected\"");
        assertThat(jdbc.sql("SELECT lead_username FROM survey_case WHERE id = :c").param("c", p.caseId()).query(String.class).single())
                .isEqualTo(p.subAStaff());
    }
}
