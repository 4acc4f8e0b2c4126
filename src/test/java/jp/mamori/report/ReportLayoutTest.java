package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The renderer's own small rules: the diagram's printed size, the findings' groups, the text map rewrite. */
class ReportLayoutTest {

    @Test
    void theDiagramKeepsItsProportionsFitsOnePageAndIsNeverDrawnAboveOnePixelPerUnit() {
        assertThat(ReportRenderer.diagramStyle(100, 50)).isEqualTo("width: 26.5mm; height: 13.2mm;");
        // a tall diagram (100 points) is bounded by the page's height
        assertThat(ReportRenderer.diagramStyle(1000, 6000)).isEqualTo("width: 25.0mm; height: 150.0mm;");
        // a wide one by its width
        assertThat(ReportRenderer.diagramStyle(2700, 100)).isEqualTo("width: 270.0mm; height: 10.0mm;");
    }

    @Test
    void findingsAreGroupedBySeverityWorstGroupFirstWithoutEmptyGroups() {
        var groups = ReportRenderer.groups(ReportSamples.content(20).findings());
        assertThat(groups).extracting(g -> g.severity().name()).containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
        assertThat(groups).allSatisfy(g -> assertThat(g.items()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.finding().severity()).isEqualTo(g.severity())));
    }

    @Test
    void theTextMapIsReadFromSingleCodesAndRangesAndWrittenBackAsSingleCodes() {
        String cmap = "2 beginbfchar\n<0003> <0020>\n<1234> <2F08>\nendbfchar\n1 beginbfrange\n<0010> <0012> <0041>\nendbfrange\n";
        Map<Integer, String> codes = SearchableText.parse(cmap);
        assertThat(codes).containsEntry(0x03, " ").containsEntry(0x1234, "\u2F08")
                .containsEntry(0x10, "A").containsEntry(0x11, "B").containsEntry(0x12, "C").hasSize(5);
        String written = SearchableText.write(codes);
        assertThat(SearchableText.parse(written)).isEqualTo(codes);
        assertThat(written.getBytes(StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(List.copyOf(codes.keySet())).isSorted();
    }
}
