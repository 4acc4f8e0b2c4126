package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The survey case pages per role: scope and refusals as the API has them, steps saved and refused, the week view, paging. */
@IntegrationTest
class CasePagesTest {

    static final String PREF = "26";
    static final String PASSWORD = "Case-Pages-Test-Pass-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;

    String admin;
    String pid;
    List<JsonNode> cases;
    String prime;
    String subA;
    String subB;
    String subAStaff;
    String subBStaff;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode(PREF)).stream().filter(h -> h.beds() != null && h.beds() >= 20)
                .limit(4).toList();
        pid = programs.create(20, Map.of(PREF, 3));
        assertThat(api.upload(api.token(Role.PREFECTURE, PREF), "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(PREF), Forms.eligibleRows(hs)), "l.xlsx").status()).isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES")).status()).isEqualTo(200);
        Api.Response r = api.get(admin, "/api/v1/programs/" + pid + "/cases");
        cases = new ArrayList<>();
        r.json().get("cases").forEach(cases::add);
        assertThat(cases).hasSize(3);
        String s = UUID.randomUUID().toString().substring(0, 6);
        prime = organization("prime-" + s, "CONTRACTOR", null);
        subA = organization("suba-" + s, "SUBCONTRACTOR", prime);
        subB = organization("subb-" + s, "SUBCONTRACTOR", prime);
        subAStaff = account(subA);
        subBStaff = account(subB);
        // case 0 to A today, case 1 to B, case 2 to A sixty days ago: its memorandum (14 days) is overdue
        assign(caseId(0), subA, null);
        assign(caseId(1), subB, null);
        assign(caseId(2), subA, today().minusDays(60).toString());
    }

    String organization(String id, String kind, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "株式会社 " + id);
        body.put("kind", kind);
        body.put("parentId", parent);
        body.put("email", id + "@example.jp");
        assertThat(api.post(admin, "/api/v1/organizations", body).status()).isEqualTo(201);
        return id;
    }

    String account(String organizationId) {
        String name = "cpage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(admin, "/api/v1/users", Map.of("username", name, "password", PASSWORD, "role", "CONTRACTOR",
                "organizationId", organizationId, "manager", false)).status()).isEqualTo(201);
        return name;
    }

    void assign(long id, String org, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("assignedOn", on);
        Api.Response r = api.put(admin, "/api/v1/cases/" + id + "/assignment", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    long caseId(int i) {
        return cases.get(i).get("id").asLong();
    }

    String hospitalOf(int i) {
        return cases.get(i).get("hospitalCode").asText();
    }

    static LocalDate today() {
        return LocalDate.now(JapaneseDates.TOKYO);
    }

    RequestPostProcessor as(String username) {
        return authentication(AsUser.as(username, () -> SecurityContextHolder.getContext().getAuthentication()));
    }

    RequestPostProcessor as(Role role, String scope) {
        return as(users.user(role, scope));
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Posts a form and renders the page it redirects to with its flash attributes. */
    String submit(MockHttpServletRequestBuilder form, RequestPostProcessor who) throws Exception {
        MvcResult posted = mvc.perform(form.with(who).with(csrf())).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        String target = posted.getResponse().getRedirectedUrl();
        // the flash message lives in the session (PostgreSQL): come back with its cookie, as a browser does
        jakarta.servlet.http.Cookie session = posted.getResponse().getCookie("MAMORI_SESSION");
        assertThat(session).isNotNull();
        return html(get(target.replaceAll("#.*$", "")).cookie(session).with(who));
    }

    @Test
    void theSubcontractorSeesItsOwnCasesOverdueFirstAndNotAnothers() throws Exception {
        String list = html(get("/survey/cases").param("program", pid).with(as(subAStaff)));
        int overdue = list.indexOf("id=\"case-" + caseId(2) + "\"");
        int onTime = list.indexOf("id=\"case-" + caseId(0) + "\"");
        assertThat(overdue).isPositive();
        assertThat(onTime).isGreaterThan(overdue);
        assertThat(list).doesNotContain("id=\"case-" + caseId(1) + "\"");
        assertThat(list).contains("覚書の締結待ち");

        assertThat(status(get("/survey/cases/" + caseId(1)).with(as(subAStaff)))).isEqualTo(403);
        String own = html(get("/survey/cases/" + caseId(0)).with(as(subAStaff)));
        assertThat(own).contains("id=\"step-HEARING\"").contains("id=\"contacts\"");
    }

    @Test
    void aStepIsSavedOnThePageAndARefusalShowsItsJapaneseMessage() throws Exception {
        RequestPostProcessor a = as(subAStaff);
        LocalDate planned = today().plusDays(10);
        String saved = submit(post("/survey/cases/" + caseId(0) + "/steps/HEARING").param("plannedOn", planned.toString())
                .param("plannedTime", "13:30").param("surveyors", subAStaff).param("mode", "ONLINE"), a);
        assertThat(saved).contains("ヒアリングを保存しました。").contains("13:30").contains(JapaneseDates.withWareki(planned));

        String refused = submit(post("/survey/cases/" + caseId(0) + "/steps/ONSITE").param("doneOn", today().toString()), a);
        assertThat(refused).contains("「覚書の締結」が済んでいないため、「現地調査」の完了日は登録できません。")
                .doesNotContain("現地調査を保存しました。");

        // a done date already set: only a manager may correct it, and the page says so
        String correction = submit(post("/survey/cases/" + caseId(0) + "/steps/ASSIGNMENT")
                .param("doneOn", today().minusDays(1).toString()), a);
        assertThat(correction).contains("「担当の割当て」の完了日は登録済みです。訂正できるのは事業者の管理者または厚生労働省です。");

        // another subcontractor's staff may not post to the case at all
        assertThat(mvc.perform(post("/survey/cases/" + caseId(0) + "/steps/HEARING").param("plannedOn", planned.toString())
                .with(as(subBStaff)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theWeekViewListsAPlannedHearingAndTheUnplannedCases() throws Exception {
        LocalDate planned = today().plusDays(7);
        Api.Response r = api.put(admin, "/api/v1/cases/" + caseId(0) + "/steps/HEARING",
                Map.of("plannedOn", planned.toString(), "plannedTime", "10:00", "surveyors", List.of(subAStaff)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String week = html(get("/survey/schedule").param("program", pid).param("week", planned.toString())
                .param("organizationId", subA).with(as(subAStaff)));
        String hearing = week.substring(week.indexOf("id=\"week\""), week.indexOf("id=\"unplanned\""));
        assertThat(hearing).contains("/survey/cases/" + caseId(0)).contains("10:00").contains(subAStaff);
        String unplanned = week.substring(week.indexOf("id=\"unplanned\""));
        assertThat(unplanned).contains("id=\"unplanned-" + caseId(2) + "\"").doesNotContain("id=\"unplanned-" + caseId(0) + "\"")
                .doesNotContain("id=\"unplanned-" + caseId(1) + "\"");
        assertThat(week).contains(JapaneseDates.withWareki(planned.with(DayOfWeek.MONDAY)));
        // a surveyor's own week
        String other = html(get("/survey/schedule").param("program", pid).param("week", planned.toString())
                .param("surveyor", "nobody").with(as(subAStaff)));
        assertThat(other).doesNotContain("/survey/cases/" + caseId(0) + "\"");
    }

    @Test
    void theHospitalSeesItsCaseAndWhatToDoNextAndSharesItButNotAnothers() throws Exception {
        RequestPostProcessor hospital = as(Role.HOSPITAL, hospitalOf(0));
        var redirect = mvc.perform(get("/survey/cases").param("program", pid).with(hospital)).andReturn().getResponse();
        assertThat(redirect.getRedirectedUrl()).isEqualTo("/survey/cases/" + caseId(0));
        String page = html(get("/survey/cases/" + caseId(0)).with(hospital));
        assertThat(page).contains("事業者から届く覚書に署名して返してください。")
                .contains(JapaneseDates.withWareki(today().plusDays(14)))
                .doesNotContain("id=\"step-HEARING\"")
                .contains("都道府県との共有に同意する");
        String shared = submit(post("/survey/cases/" + caseId(0) + "/sharing").param("prefecture", "true"), hospital);
        assertThat(shared).contains("都道府県との共有に同意しました。").contains("共有の同意を取り消す");
        assertThat(status(get("/survey/cases/" + caseId(1)).with(hospital))).isEqualTo(403);
        assertThat(mvc.perform(post("/survey/cases/" + caseId(1) + "/sharing").param("prefecture", "true").with(hospital).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePrefectureSeesStatesOnlyAndTheMinistryNationalCounts() throws Exception {
        String pref = html(get("/survey/prefectures/" + PREF).param("program", pid).with(as(Role.PREFECTURE, PREF)));
        assertThat(pref).contains("id=\"case-" + caseId(0) + "\"").contains("覚書の締結待ち");
        String contact = cases.get(0).get("hospitalName").asText();
        assertThat(pref).contains(contact).doesNotContain("id=\"contacts\"").doesNotContain("id=\"history\"");
        String casePage = html(get("/survey/cases/" + caseId(0)).with(as(Role.PREFECTURE, PREF)));
        assertThat(casePage).doesNotContain("id=\"contacts\"").doesNotContain("id=\"history\"").doesNotContain("id=\"step-");
        assertThat(status(get("/survey/prefectures/13").param("program", pid).with(as(Role.PREFECTURE, PREF)))).isEqualTo(403);

        String national = html(get("/survey").param("program", pid).with(as(TestUsers.ADMIN)));
        assertThat(national).contains("data-kpi=\"total\">3<").contains("data-kpi=\"overdue\">1<")
                .contains("data-kpi=\"MEMORANDUM\">3<").contains("id=\"pref-" + PREF + "\"");
        assertThat(html(get("/survey").param("program", pid).with(as(Role.AUDITOR, null)))).contains("data-kpi=\"total\">3<");
        assertThat(status(get("/survey").param("program", pid).with(as(subAStaff)))).isEqualTo(302);
    }

    @Test
    void pagingKeepsTheFilters() throws Exception {
        String tokyo = programs.create(80, Map.of("13", 60));
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("13")).stream().filter(h -> h.beds() != null && h.beds() >= 20)
                .limit(60).toList();
        assertThat(api.upload(api.token(Role.PREFECTURE, "13"), "/api/v1/programs/" + tokyo + "/prefectures/13/nominations",
                Forms.workbook("テスト", new PrefectureCode("13"), Forms.eligibleRows(hs)), "l.xlsx").status()).isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/programs/" + tokyo + "/selection/fill", Map.of("scope", "PREFECTURES")).status()).isEqualTo(200);
        String first = html(get("/survey/cases").param("program", tokyo).param("prefecture", "13").param("state", "ASSIGNMENT")
                .param("size", "50").with(as(TestUsers.ADMIN)));
        assertThat(first).contains("60件中 1–50件");
        assertThat(first).contains("href=\"/survey/cases?program=" + tokyo + "&amp;prefecture=13&amp;state=ASSIGNMENT&amp;page=2&amp;size=50\"");
        String second = html(get("/survey/cases").param("program", tokyo).param("prefecture", "13").param("state", "ASSIGNMENT")
                .param("size", "50").param("page", "2").with(as(TestUsers.ADMIN)));
        assertThat(second).contains("60件中 51–60件").contains("<option value=\"ASSIGNMENT\" selected=\"selected\">");
        String pref = html(get("/survey/prefectures/13").param("program", tokyo).param("state", "ASSIGNMENT").param("size", "50")
                .with(as(Role.PREFECTURE, "13")));
        assertThat(pref).contains("60件中 1–50件").contains("state=ASSIGNMENT&amp;page=2&amp;size=50");
    }
}
