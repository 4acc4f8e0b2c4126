package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: log in, search a hospital by kana, open it. */
@IntegrationTest
class RegistryBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;


    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    BrowserSession browser() {
        if (browser == null) {
            browser = new BrowserSession(port);
        }
        return browser;
    }

    @Test
    void logInSearchAHospitalAndOpenIt() {
        data.ensureRegistry();
        Page page = browser().loggedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("病院台帳").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("病院台帳"))).isVisible();

        // katakana typed, hiragana/kanji stored names still match; htmx updates the table as one types
        page.getByLabel("病院名・医療機関コード・住所").fill("アイゼン");
        page.getByLabel("病院名・医療機関コード・住所").fill("愛全");
        page.getByLabel("都道府県", new Page.GetByLabelOptions().setExact(true)).selectOption("01");
        Page.GetByRoleOptions link = new Page.GetByRoleOptions().setName("医療法人 愛全病院");
        assertThat(page.getByRole(AriaRole.LINK, link)).isVisible();
        browser().screenshot(page, "registry-search");

        page.getByRole(AriaRole.LINK, link).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("医療法人 愛全病院"))).isVisible();
        assertThat(page.locator("dl.facts")).containsText("0110112489");
        assertThat(page.locator("dl.facts")).containsText("495");
        assertThat(page.locator("dl.facts")).containsText("北海道");
        browser().screenshot(page, "hospital");
    }
}
