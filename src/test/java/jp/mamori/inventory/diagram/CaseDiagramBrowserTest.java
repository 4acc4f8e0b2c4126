package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.support.BrowserSession;

/**
 * In Chromium, under the application's Content-Security-Policy: the fragment draws the diagram with cytoscape
 * where the layout put it, refuses nothing, injects no inline style and passes axe. The page is served by the
 * browser's router from the classpath, so no application needs to run.
 */
class CaseDiagramBrowserTest {

    static final String SITE = "http://mamori.test";
    static BrowserSession browser;
    static DiagramLayout layout;
    static String html;

    @BeforeAll
    static void page() throws Exception {
        var model = SamplePoints.manyPoints(30);
        var points = new ArrayList<>(model.points());
        points.add(SamplePoints.point(9999, "電子カルテ", "</script><script>alert(1)</script>", Line.OTHER, null,
                PointStatus.ONSITE));
        layout = DiagramLayout.of(new DiagramModel(model.hospitalName(), model.systems(), points, model.worstByPoint()),
                SamplePoints.LABELS);
        html = "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp() + "\">"
                + "<title>構成図</title><link rel=\"stylesheet\" href=\"/css/mamori.css\"></head><body><main><h1>さくら記念病院</h1>"
                + DiagramFragment.render(layout, Locale.JAPANESE) + "</main></body></html>";
        browser = new BrowserSession(0);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDiagramIsDrawnUnderTheSitesPolicyAndPassesAxe() {
        Page page = browser.newPage();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "(window.refused = window.refused || []).push(e.violatedDirective + ' ' + e.blockedURI))");
        page.route(SITE + "/**", CaseDiagramBrowserTest::serve);

        page.navigate(SITE + "/");
        page.waitForSelector(".diagram__canvas--drawn");

        assertThat(problems).isEmpty();
        assertThat(page.evaluate("window.refused || []")).asList().isEmpty();
        assertThat(page.evaluate("document.querySelectorAll('style').length")).isEqualTo(0);
        assertThat(page.locator("[data-diagram] canvas").count()).isPositive();
        assertThat(page.evaluate("document.querySelector('[data-diagram]')._cyreg.cy.nodes('.point').length"))
                .isEqualTo(31);
        assertThat(page.evaluate("document.querySelector('[data-diagram]')._cyreg.cy.edges('.line').length"))
                .isEqualTo(31);
        @SuppressWarnings("unchecked")
        Map<String, Object> position = (Map<String, Object>) page.evaluate(
                "document.querySelector('[data-diagram]')._cyreg.cy.$id('point-9999').position()");
        Rect box = DiagramLayoutTest.node(layout, "point-9999").box();
        assertThat(((Number) position.get("x")).doubleValue()).isEqualTo(box.centerX());
        assertThat(((Number) position.get("y")).doubleValue()).isEqualTo(box.centerY());
        assertThat(page.locator("#diagram-row-9999 th").textContent()).isEqualTo("</script><script>alert(1)</script>");
        assertThat(page.locator("table.diagram__table tbody tr").count()).isEqualTo(31);

        jp.mamori.support.Accessibility.assertAllRules(page);
        browser.screenshot(page, "case-diagram");
    }

    // The application's policy as the page's meta element (frame-ancestors only works as a header).
    private static String csp() throws ReflectiveOperationException {
        var field = Class.forName("jp.mamori.security.SecurityConfig").getDeclaredField("CSP");
        field.setAccessible(true);
        return ((String) field.get(null)).replaceAll(";\\s*frame-ancestors[^;]*", "");
    }

    private static void serve(Route route) {
        String path = route.request().url().substring(SITE.length());
        if (path.equals("/")) {
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8").setBody(html));
            return;
        }
        String resource = path.startsWith("/webjars/")
                ? "META-INF/resources/webjars/" + new WebJarVersionLocator().path(path.split("/")[2],
                        path.substring(("/webjars/" + path.split("/")[2] + "/").length()))
                : "static" + path;
        try (InputStream in = CaseDiagramBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                route.fulfill(new Route.FulfillOptions().setStatus(404));
                return;
            }
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "application/octet-stream";
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(type).setBodyBytes(in.readAllBytes()));
        } catch (IOException e) {
            route.abort();
        }
    }
}
