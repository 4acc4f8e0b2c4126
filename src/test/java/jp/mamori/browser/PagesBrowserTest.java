package jp.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** In Chromium: the main pages load every resource they ask for (the icon too) and log no console error. */
@IntegrationTest
class PagesBrowserTest {

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

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMainPagesRequestNothingMissingAndLogNoError() {
        browser = new BrowserSession(port);
        String pid = programs.create(20, Map.of("17", 3));
        List<Hospital> ishikawa = registry.hospitalsIn(new PrefectureCode("17")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(5).toList();
        api.upload(api.token(Role.PREFECTURE, "17"), "/api/v1/programs/" + pid + "/prefectures/17/nominations",
                Forms.workbook("x", new PrefectureCode("17"), Forms.eligibleRows(ishikawa)), "l.xlsx");
        api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));

        List<String> problems = new ArrayList<>();
        List<String> icons = new ArrayList<>();
        Page admin = watch(browser.loggedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD), problems, icons);
        for (String path : List.of("/", "/programs/" + pid + "/dashboard", "/programs/" + pid, "/programs/" + pid + "/selection",
                "/programs/" + pid + "/selection/decisions", "/programs/" + pid + "/submissions", "/hospitals", "/notifications",
                "/audit", "/admin/users", "/kev")) {
            visit(admin, path);
        }
        String pref = users.user(Role.PREFECTURE, "17");
        Page ishikawaUser = watch(browser.loggedIn(pref, users.password(pref)), problems, icons);
        for (String path : List.of("/programs/" + pid + "/dashboard", "/programs/" + pid + "/prefectures/17/nominations",
                "/programs/" + pid + "/prefectures/17/selection", "/programs/" + pid + "/prefectures/17/designation")) {
            visit(ishikawaUser, path);
        }
        assertThat(problems).isEmpty();
        // headless Chromium may not fetch icons itself: ask for the linked one and the one browsers guess
        String linked = ishikawaUser.locator("link[rel=icon]").getAttribute("href");
        assertThat(ishikawaUser.request().get(linked).status()).as(linked).isEqualTo(200);
        assertThat(ishikawaUser.request().get("/favicon.ico").status()).isEqualTo(200);
        icons.forEach(url -> assertThat(url).contains("favicon"));
    }

    static Page watch(Page page, List<String> problems, List<String> icons) {
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " " + r.url());
            }
            if (r.url().contains("favicon") && r.status() == 200) {
                icons.add(r.url());
            }
        });
        page.onRequestFailed(r -> problems.add("failed " + r.url() + " " + r.failure()));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add("console: " + m.text() + " on " + page.url());
            }
        });
        page.onPageError(e -> problems.add("script: " + e + " on " + page.url()));
        return page;
    }

    static void visit(Page page, String path) {
        page.navigate(path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }
}
