package jp.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestContractors;
import jp.mamori.support.SignedCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, a hearing typed into the inventory page: two points, each raising its rule's suggestion; the
 * contractor confirms one and dismisses the other with a reason, and the diagram draws both. axe-core finds no
 * WCAG A/AA violation on the inventory and findings pages.
 */
@IntegrationTest
class InventoryBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    SignedCases signedCases;
    @Autowired
    Api api;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theContractorEntersTwoPointsDecidesTheirSuggestionsAndSeesBothOnTheDiagram() {
        SignedCases.SignedCase signed = signedCases.signed("ib");
        long id = signed.caseId();
        String surveyor = signed.surveyor();

        browser = new BrowserSession(port);
        Page page = browser.loggedIn(surveyor, TestContractors.PASSWORD);
        page.onDialog(d -> d.accept());
        page.navigate("/survey/cases/" + id);
        page.locator("#inventory-link a[href$='/inventory']").click();
        page.waitForURL("**/survey/cases/" + id + "/inventory");
        axe(page);

        // an always-on maintenance line behind a password only, then "save and add another"
        page.locator("#f-purpose").selectOption("REMOTE_MAINTENANCE");
        page.locator("#f-counterpart").fill("A社 保守センター");
        page.locator("#f-system").fill("電子カルテ");
        page.locator("#f-line").selectOption("DEDICATED_LINE");
        page.locator("#f-alwaysOn").selectOption("true");
        page.locator("#f-authentication").selectOption("PASSWORD");
        page.locator("#save-add").click();
        page.getByText("接続点「A社 保守センター」を保存しました。").waitFor();
        page.waitForFunction("document.activeElement && document.activeElement.id === 'f-purpose'");
        assertThat(page.locator("#f-counterpart").inputValue()).isEmpty();

        // an internet VPN open to any source, typed from the keyboard in the form's order
        page.locator("#f-purpose").selectOption("INTERNET");
        page.locator("#f-purpose").focus();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("f-counterpart");
        page.keyboard().type("B社 クラウド");
        page.locator("#f-line").selectOption("INTERNET_VPN");
        page.locator("#f-sourceRestricted").selectOption("false");
        page.locator("#save").click();
        page.getByText("接続点「B社 クラウド」を保存しました。").waitFor();
        assertThat(page.locator("tr[id^='point-']").count()).isEqualTo(2);
        axe(page);

        page.locator("a[href$='/findings']").first().click();
        page.waitForURL("**/survey/cases/" + id + "/findings");
        Locator alwaysOn = page.locator("#suggestions article[data-rule='ALWAYS_ON_PASSWORD_ONLY']");
        Locator open = page.locator("#suggestions article[data-rule='NO_SOURCE_RESTRICTION']");
        assertThat(alwaysOn.count()).isEqualTo(1);
        assertThat(open.count()).isEqualTo(1);
        assertThat(page.locator("#suggestions article").count()).isEqualTo(2);
        axe(page);

        String confirmId = alwaysOn.getAttribute("id").substring("finding-".length());
        String dismissId = open.getAttribute("id").substring("finding-".length());
        page.locator("#confirm-" + confirmId).click();
        page.locator("div[role=status]").getByText("を「未対応」にしました。").waitFor();
        page.locator("#r-" + dismissId + "-DISMISSED").fill("院内の閉域網からしか届かないことを現地で確認した");
        page.locator("#do-DISMISSED-" + dismissId).click();
        page.locator("div[role=status]").getByText("を「却下」にしました。").waitFor();
        assertThat(page.locator("#finding-" + confirmId).getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(page.locator("#finding-" + dismissId).getAttribute("data-state")).isEqualTo("DISMISSED");
        assertThat(page.locator("#open #finding-" + confirmId).count()).isEqualTo(1);
        assertThat(page.locator("#closed #finding-" + dismissId).textContent()).contains("院内の閉域網からしか届かないことを現地で確認した");
        assertThat(page.locator("#suggestions article").count()).isZero();
        axe(page);

        page.locator("a[href$='/inventory']").first().click();
        page.waitForURL("**/survey/cases/" + id + "/inventory");
        page.waitForSelector(".diagram__canvas--drawn");
        assertThat(page.evaluate("document.querySelector('[data-diagram]')._cyreg.cy.nodes('.point').length")).isEqualTo(2);
        assertThat(page.locator("table.diagram__table tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("table.diagram__table").textContent()).contains("A社 保守センター").contains("B社 クラウド");
        // the confirmed HIGH colours its point; the dismissed one no longer counts
        assertThat(page.locator("table.diagram__table tbody tr", new Page.LocatorOptions().setHasText("A社 保守センター"))
                .textContent()).contains("高");
        assertThat(page.locator("table.diagram__table tbody tr", new Page.LocatorOptions().setHasText("B社 クラウド"))
                .textContent()).contains("指摘なし");
        axe(page);
        browser.screenshot(page, "inventory");
    }

    private static void axe(Page p) {
        jp.mamori.support.Accessibility.assertWcag(p);
    }
}
