package jp.mamori.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless system Chromium driven by Playwright (nothing is downloaded: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 * One per test class; close it in @AfterAll.
 */
public final class BrowserSession implements AutoCloseable {

    public static final String CHROMIUM = System.getenv().getOrDefault("MAMORI_CHROMIUM", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    public BrowserSession(int port) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage")));
        this.baseUrl = "http://localhost:" + port;
    }

    /** A fresh browser context (own cookies) with Japanese as the browser language. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setBaseURL(baseUrl).setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public Page loggedIn(String username, String password) {
        Page page = newPage();
        page.navigate("/login");
        page.getByLabel("ユーザー名").fill(username);
        page.getByLabel("パスワード", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForURL(baseUrl + "/");
        return page;
    }

    public void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
