package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/** In Chromium: the ministry previews and runs the fill; the prefecture reads why, withdraws one and sees the replacement. */
@IntegrationTest
class SelectionBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
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
    void ministryRunsTheFillPrefectureWithdrawsAndSeesTheReplacement() {
        browser = new BrowserSession(port);
        String pid = programs.create(10, Map.of("07", 2));
        List<Hospital> fukushima = registry.hospitalsIn(new PrefectureCode("07")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(4).toList();
        var rows = new java.util.ArrayList<>(Forms.eligibleRows(fukushima));
        rows.set(3, Forms.withoutConsent(4, fukushima.get(3)));
        api.upload(api.token(Role.PREFECTURE, "07"), "/api/v1/programs/" + pid + "/prefectures/07/nominations",
                Forms.workbook("x", new PrefectureCode("07"), rows), "list.xlsx");

        Page ministry = browser.loggedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        ministry.onDialog(d -> d.accept());
        ministry.navigate("/programs/" + pid + "/selection");
        ministry.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("都道府県の選定を確認")).click();
        assertThat(ministry.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("実行前の確認"))).isVisible();
        assertThat(ministry.getByText("まだ実行していません。")).isVisible();
        ministry.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この内容で実行する")).click();
        assertThat(ministry.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("実行結果"))).isVisible();
        assertThat(ministry.getByText("件の判定を更新しました。")).isVisible();
        browser.screenshot(ministry, "selection-result");

        Page prefecture = browser.loggedIn(users.user(Role.PREFECTURE, "07"), TestUsers.PASSWORD);
        prefecture.onDialog(d -> d.accept());
        prefecture.navigate("/programs/" + pid + "/prefectures/07/selection");
        Locator first = prefecture.locator("#d-" + fukushima.get(0).code().value());
        Locator third = prefecture.locator("#d-" + fukushima.get(2).code().value());
        Locator fourth = prefecture.locator("#d-" + fukushima.get(3).code().value());
        assertThat(first).containsText("✓ 選定");
        assertThat(first).containsText("順位1");
        assertThat(third).containsText("… 補欠");
        assertThat(third).containsText("補欠1番");
        assertThat(fourth).containsText("✗ 対象外");
        assertThat(fourth).containsText("同意");
        browser.screenshot(prefecture, "selection-prefecture");

        first.getByLabel("辞退の理由").fill("病院から辞退の申し出があったため");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("辞退を記録")).click();
        assertThat(prefecture.getByText(fukushima.get(0).name() + "の辞退を記録しました。")).isVisible();
        assertThat(prefecture.getByText(fukushima.get(2).name() + "が補充として選定されました。")).isVisible();
        assertThat(prefecture.locator("#d-" + fukushima.get(0).code().value())).containsText("− 辞退");
        assertThat(prefecture.locator("#d-" + fukushima.get(2).code().value())).containsText("✓ 選定");
        assertThat(prefecture.locator("#d-" + fukushima.get(2).code().value())).containsText("補充");
        browser.screenshot(prefecture, "selection-replacement");
    }
}
