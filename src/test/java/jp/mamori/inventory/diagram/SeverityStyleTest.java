package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.mamori.inventory.domain.Severity;

class SeverityStyleTest {

    @Test
    void theBadgeTextReadsOnItsFill() {
        for (SeverityStyle style : SeverityStyle.values()) {
            assertThat(contrast(style.text(), style.fill())).as(style.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void bordersAndLinesStandOutFromWhite() {
        for (SeverityStyle style : SeverityStyle.values()) {
            assertThat(contrast(style.stroke(), "#ffffff")).as(style.name()).isGreaterThanOrEqualTo(3);
        }
        assertThat(contrast(SeverityStyle.DISCONNECTED, "#ffffff")).isGreaterThanOrEqualTo(3);
        assertThat(contrast(DiagramLayout.MUTED, DiagramLayout.DISCONNECTED_FILL)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void everySeverityHasItsOwnColour() {
        assertThat(Arrays.stream(SeverityStyle.values()).map(SeverityStyle::fill)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Severity.values()).map(SeverityStyle::of).map(SeverityStyle::name))
                .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
        assertThat(SeverityStyle.of(null)).isEqualTo(SeverityStyle.NONE);
    }

    @Test
    void theTableOnThePageUsesTheDiagramsColours() throws java.io.IOException {
        String css;
        try (var in = SeverityStyleTest.class.getResourceAsStream("/static/css/case-diagram.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (SeverityStyle style : SeverityStyle.values()) {
            assertThat(css).as(style.name()).contains("." + style.cssClass() + " { background: " + style.fill()
                    + "; color: " + style.text() + "; border-color: " + style.stroke() + "; }");
        }
    }

    // WCAG 2.1 contrast ratio
    static double contrast(String a, String b) {
        double la = luminance(Color.decode(a));
        double lb = luminance(Color.decode(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
