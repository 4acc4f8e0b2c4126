package jp.mamori.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

/** axe-core on a page as the browser tests check it: no violation, each named with the elements it was found on. */
public final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The WCAG 2.1 A and AA rules. */
    public static void assertWcag(Page page) {
        check(page, new AxeBuilder(page).withTags(WCAG_A_AA).analyze());
    }

    /** Every rule axe has, best practices included. */
    public static void assertAllRules(Page page) {
        check(page, new AxeBuilder(page).analyze());
    }

    private static void check(Page page, AxeResults axe) {
        assertThat(axe.getViolations()).as(() -> page.url() + " " + axe.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).isEmpty();
        assertThat(axe.getPasses()).as("axe ran its rules").isNotEmpty();
    }
}
