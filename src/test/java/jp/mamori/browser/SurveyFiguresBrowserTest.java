package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jp.mamori.dashboard.SurveyFiguresData;
import jp.mamori.support.Accessibility;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: the ministry's survey figures, drawn and tabled, a hidden figure marked, and axe finding nothing. */
@IntegrationTest
class SurveyFiguresBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    SurveyFiguresData data;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMinistrySeesTheChartsTheirTablesAndTheHiddenFiguresMarked() {
        SurveyFiguresData.Built built = data.values();
        browser = new BrowserSession(port);
        Page page = browser.loggedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.navigate("/survey/figures?program=" + built.pid());
        assertThat(page.locator("h1")).hasText("調査の集計（全国）");
        assertThat(page.locator("[data-kpi=cases]")).hasText("11");
        assertThat(page.locator("#purpose-table tr[data-key=REMOTE_MAINTENANCE] td")).hasText("10");
        assertThat(page.locator("#severity-table tr[data-key=HIGH] td .suppressed")).isVisible();

        // Chart.js drew the bars from the same values; the hidden figure is left out, not drawn as zero
        page.waitForFunction("() => window.Chart && Chart.getChart('purpose-chart') && Chart.getChart('severity-chart')");
        Object remote = page.evaluate("() => Chart.getChart('purpose-chart').data.datasets[0].data[0]");
        assertThat(((Number) remote).intValue()).isEqualTo(10);
        Object high = page.evaluate("() => Chart.getChart('severity-chart').data.datasets[0].data[1]");
        assertThat(high).isNull();

        page.locator("#checklist-figures summary").click();
        Accessibility.assertWcag(page);
        Accessibility.assertAllRules(page);
        browser.screenshot(page, "survey-figures");

        page.selectOption("#f-scope", SurveyFiguresData.B);
        page.locator("form.search-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("福岡県の調査の集計");
        Accessibility.assertWcag(page);
    }
}
