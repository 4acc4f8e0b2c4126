package jp.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestContractors;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: a contractor's manager plans a hearing and records the assignment's done date; the hospital sees its next step. */
@IntegrationTest
class CaseBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    TestContractors contractors;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aContractorPlansAHearingAndRecordsTheAssignmentAndTheHospitalSeesItsNextStep() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String pid = programs.create(20, Map.of("18", 1));
        List<Hospital> fukui = registry.hospitalsIn(new PrefectureCode("18")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(2).toList();
        api.upload(api.token(Role.PREFECTURE, "18"), "/api/v1/programs/" + pid + "/prefectures/18/nominations",
                Forms.workbook("x", new PrefectureCode("18"), Forms.eligibleRows(fukui)), "l.xlsx");
        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        JsonNode c = api.get(admin, "/api/v1/programs/" + pid + "/cases").json().get("cases").get(0);
        long id = c.get("id").asLong();
        String org = contractors.organization("cb", "CONTRACTOR", null);
        String manager = contractors.account(org, true);
        assertThat(api.put(admin, "/api/v1/cases/" + id + "/assignment", Map.of("organizationId", org)).status()).isEqualTo(200);

        browser = new BrowserSession(port);
        LocalDate today = LocalDate.now(JapaneseDates.TOKYO);
        Page contractor = browser.loggedIn(manager, TestContractors.PASSWORD);
        contractor.onDialog(d -> d.accept());
        contractor.navigate("/survey/cases?program=" + pid);
        contractor.locator("#case-" + id + " a").first().click();
        contractor.waitForURL("**/survey/cases/" + id);

        LocalDate planned = today.plusDays(20);
        contractor.locator("#step-HEARING summary").click();
        contractor.locator("#p-HEARING").fill(planned.toString());
        contractor.locator("#t-HEARING").fill("14:00");
        contractor.locator("#o-HEARING").selectOption("ONLINE");
        contractor.locator("#step-HEARING button[type=submit]").click();
        contractor.getByText("ヒアリングを保存しました。").waitFor();
        assertThat(contractor.locator("#row-HEARING").textContent()).contains(JapaneseDates.withWareki(planned)).contains("14:00");

        // the assignment's done date, corrected by the manager with a reason
        LocalDate assigned = today.minusDays(3);
        contractor.locator("#step-ASSIGNMENT summary").click();
        contractor.locator("#d-ASSIGNMENT").fill(assigned.toString());
        contractor.locator("#r-ASSIGNMENT").fill("実際の割当ては3日前でした");
        contractor.locator("#step-ASSIGNMENT button[type=submit]").click();
        contractor.getByText("担当の割当てを保存しました。").waitFor();
        assertThat(contractor.locator("#row-ASSIGNMENT").textContent()).contains(JapaneseDates.withWareki(assigned));
        assertThat(contractor.locator("#history").textContent()).contains("実際の割当ては3日前でした");

        String hospitalUser = users.user(Role.HOSPITAL, c.get("hospitalCode").asText());
        Page hospital = browser.loggedIn(hospitalUser, users.password(hospitalUser));
        hospital.navigate("/survey/cases/" + id);
        String next = hospital.locator("#next").textContent();
        assertThat(next).contains("事業者から届く覚書に署名して返してください。")
                .contains(JapaneseDates.withWareki(assigned.plusDays(14)));
        assertThat(hospital.locator("#row-HEARING").textContent()).contains(JapaneseDates.withWareki(planned));

        // accessibility: axe finds nothing on the case page, as the contractor and as the hospital sees it
        contractor.navigate("/survey/cases/" + id);
        for (Page p : List.of(contractor, hospital)) {
            jp.mamori.support.Accessibility.assertAllRules(p);
        }
    }
}
