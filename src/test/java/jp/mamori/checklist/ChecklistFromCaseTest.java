package jp.mamori.checklist;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jp.mamori.security.Role;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The case page's link to the checklist: the hospital lands on its own answers, a stranger is refused. */
@IntegrationTest
class ChecklistFromCaseTest {

    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;

    @Test
    void theHospitalGoesToItsOwnAnswersOfTheEditionInForceAndAnotherHospitalIsRefused() throws Exception {
        SurveyFixture.Parties p = fixture.create();
        String code = fixture.hospitalOf(p.caseId());
        PageRequests pages = new PageRequests(mvc);
        MockHttpServletResponse own = pages.response(get("/checklists/cases/" + p.caseId()).with(as(users.user(Role.HOSPITAL, code))));
        assertThat(own.getStatus()).isEqualTo(302);
        assertThat(own.getRedirectedUrl()).startsWith("/checklists/hospitals/" + code + "/CL").endsWith("/HOSPITAL");
        MockHttpServletResponse prefecture = pages.response(get("/checklists/cases/" + p.caseId())
                .with(as(users.user(Role.PREFECTURE, p.prefectureCode()))));
        assertThat(prefecture.getRedirectedUrl()).isEqualTo(own.getRedirectedUrl().replace("/HOSPITAL", ""));
        String other = users.user(Role.HOSPITAL, fixture.hospitalOf(p.otherCaseId()));
        assertThat(pages.status(get("/checklists/cases/" + p.caseId()).with(as(other)))).isEqualTo(403);
    }
}
