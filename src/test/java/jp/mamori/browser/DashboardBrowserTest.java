package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: the dashboard's numbers, charts and map show what the API says. */
@IntegrationTest
class DashboardBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    Api api;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDashboardAndTheMapShowTheNumbers() {
        browser = new BrowserSession(port);
        String admin = api.token(Role.MHLW_ADMIN, null);
        String pid = programs.create(20, Map.of("15", 4, "16", 3));
        List<Hospital> niigata = registry.hospitalsIn(new PrefectureCode("15")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(5).toList();
        List<Hospital> toyama = registry.hospitalsIn(new PrefectureCode("16")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(1).toList();
        api.upload(api.token(Role.PREFECTURE, "15"), "/api/v1/programs/" + pid + "/prefectures/15/nominations",
                Forms.workbook("x", new PrefectureCode("15"), Forms.eligibleRows(niigata)), "l.xlsx");
        api.upload(api.token(Role.PREFECTURE, "16"), "/api/v1/programs/" + pid + "/prefectures/16/nominations",
                Forms.workbook("x", new PrefectureCode("16"), Forms.eligibleRows(toyama)), "l.xlsx");
        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        JsonNode expected = api.get(admin, "/api/v1/programs/" + pid + "/dashboard").json();

        Page page = browser.loggedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.navigate("/programs/" + pid + "/dashboard");
        assertThat(page.locator("[data-kpi=capacity]")).hasText("20");
        assertThat(page.locator("[data-kpi=selected]")).hasText(expected.get("national").get("selected").asText());
        assertThat(page.locator("[data-kpi=selected]")).hasText("5");
        assertThat(page.locator("[data-kpi=waitlisted]")).hasText("1");
        assertThat(page.locator("[data-kpi=fillRate]")).hasText("25.0%");

        // Niigata filled (4 of 4) is solid; Toyama (1 of 3) is hatched as under 50 %; the map has all 47 prefectures
        assertThat(page.locator("svg.japan path[data-prefecture]")).hasCount(47);
        assertThat(page.locator("svg.japan path[data-prefecture='15']")).hasAttribute("data-class", "4");
        assertThat(page.locator("svg.japan path[data-prefecture='16']")).hasAttribute("data-class", "1");
        assertThat(page.locator("svg.japan path[data-prefecture='16'] title")).hasText("富山県：充足率33%（1／3）");
        assertThat(page.locator("#prefecture-table tr[data-prefecture='15']")).containsText("100.0%");
        assertThat(page.locator("#prefecture-table tr[data-prefecture='16']")).containsText("33.3%");

        // Chart.js drew both charts (the canvases got their pixels from the script, not from the server)
        page.waitForFunction("() => window.Chart && Chart.getChart('history-chart') && Chart.getChart('band-chart')");
        Object points = page.evaluate("() => Chart.getChart('history-chart').data.datasets[0].data.slice(-1)[0]");
        assertThat(((Number) points).intValue()).isEqualTo(5);
        browser.screenshot(page, "dashboard");
    }
}
