package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;

class DiagramElementsTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void onePointNodeAndOneLineEdgePerPoint() throws Exception {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.manyPoints(100), SamplePoints.LABELS);

        JsonNode elements = json.readTree(DiagramElements.json(layout));

        assertThat(count(elements, "nodes", "POINT")).isEqualTo(100);
        assertThat(count(elements, "nodes", "COUNTERPART")).isEqualTo(100);
        assertThat(count(elements, "edges", "LINE")).isEqualTo(100);
        assertThat(count(elements, "edges", "SERVES")).isEqualTo(100);
        Set<String> ids = stream(elements).filter(e -> e.get("group").asText().equals("nodes"))
                .map(e -> e.get("data").get("id").asText()).collect(Collectors.toSet());
        assertThat(ids).hasSize(100 + 100 + 5 + 1);
        stream(elements).filter(e -> e.get("group").asText().equals("edges")).forEach(e -> {
            assertThat(ids).contains(e.get("data").get("source").asText(), e.get("data").get("target").asText());
        });
    }

    @Test
    void nodesStandWhereTheLayoutPutsThem() throws Exception {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        JsonNode point = element(json.readTree(DiagramElements.json(layout)), "point-11");

        Rect box = DiagramLayoutTest.node(layout, "point-11").box();
        assertThat(point.get("position").get("x").asDouble()).isEqualTo(box.centerX());
        assertThat(point.get("position").get("y").asDouble()).isEqualTo(box.centerY());
        assertThat(point.get("data").get("width").asDouble()).isEqualTo(box.width());
        assertThat(point.get("classes").asText()).isEqualTo("point severity-critical");
        assertThat(point.get("data").get("stroke").asText()).isEqualTo(SeverityStyle.CRITICAL.stroke());
        assertThat(point.get("data").get("label").asText()).startsWith("【緊急】");
    }

    @Test
    void aDisconnectedPointAndItsLineCarryTheDisconnectedClass() throws Exception {
        JsonNode elements = json.readTree(DiagramElements.json(DiagramLayout.of(SamplePoints.smallHospital(),
                SamplePoints.LABELS)));

        assertThat(element(elements, "point-12").get("classes").asText()).contains("disconnected");
        JsonNode line = element(elements, "line-12");
        assertThat(line.get("classes").asText()).contains("disconnected");
        assertThat(line.get("data").get("lineStyle").asText()).isEqualTo("dashed");
        assertThat(line.get("data").get("label").asText()).isEqualTo("ISDN・ダイヤルアップ");
        assertThat(element(elements, "line-11").get("data").get("lineStyle").asText()).isEqualTo("solid");
    }

    @Test
    void freeTextCannotCloseTheScriptElementItIsWrittenIn() throws Exception {
        var point = SamplePoints.point(5, "電子カルテ", "</script><script>alert(1)</script> & co", Line.OTHER, null,
                PointStatus.ONSITE);
        var layout = DiagramLayout.of(new DiagramModel("病院", List.of(), List.of(point), Map.of()), SamplePoints.LABELS);

        String text = DiagramElements.json(layout);

        assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(element(json.readTree(text), "far-5").get("data").get("title").asText())
                .isEqualTo("</script><script>alert(1)</script> & co");
    }

    private static long count(JsonNode elements, String group, String kind) {
        return stream(elements).filter(e -> e.get("group").asText().equals(group))
                .filter(e -> e.get("data").get("kind").asText().equals(kind)).count();
    }

    private static JsonNode element(JsonNode elements, String id) {
        return stream(elements).filter(e -> e.get("data").get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode elements) {
        return java.util.stream.StreamSupport.stream(elements.spliterator(), false);
    }
}
