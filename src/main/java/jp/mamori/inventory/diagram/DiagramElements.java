package jp.mamori.inventory.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The layout as cytoscape elements for the case page: the same boxes at the same places (preset positions are
 * box centres), the colours carried in each element's data so the page draws what the report prints.
 */
public final class DiagramElements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagramElements() {
    }

    public static List<Map<String, Object>> elements(DiagramLayout layout) {
        List<Map<String, Object>> elements = new ArrayList<>();
        layout.nodes().forEach(node -> elements.add(node(node)));
        layout.edges().forEach(edge -> elements.add(edge(edge)));
        return elements;
    }

    /**
     * The elements as JSON that may stand inside an HTML {@code <script type="application/json">}: "<", ">"
     * and "&" are written as \\u escapes, so free text such as {@code </script>} cannot end the element.
     */
    public static String json(DiagramLayout layout) {
        try {
            return JSON.writer().with(new HtmlSafe()).writeValueAsString(elements(layout));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> node(DiagramNode node) {
        SeverityStyle style = node.style();
        Rect box = node.box();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", node.id());
        data.put("kind", node.kind().name());
        if (node.pointId() != null) {
            data.put("pointId", node.pointId());
        }
        data.put("label", String.join("\n", node.text()));
        data.put("title", node.fullText());
        data.put("severity", style.name());
        data.put("width", box.width());
        data.put("height", box.height());
        data.put("textWidth", box.width() - 2 * DiagramLayout.PADDING);
        var border = node.shapes().get(0) instanceof Shape.Box b ? b : null;
        data.put("fill", border == null || border.fill() == null ? "#ffffff" : border.fill());
        data.put("stroke", border == null || border.stroke() == null ? DiagramLayout.EDGE : border.stroke());
        data.put("strokeWidth", border == null ? 1 : border.strokeWidth());
        data.put("borderStyle", node.disconnected() ? "dashed" : "solid");
        data.put("ink", node.disconnected() ? DiagramLayout.MUTED : DiagramLayout.INK);
        // the hospital's name stands at the top inside its box, as in the SVG
        data.put("labelMargin", node.kind() == DiagramNode.Kind.HOSPITAL ? node.text().size() * 18 + 10 : 0);
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("group", "nodes");
        element.put("data", data);
        element.put("position", Map.of("x", box.centerX(), "y", box.centerY()));
        element.put("classes", classes(node.kind().name(), style, node.disconnected()));
        return element;
    }

    private static Map<String, Object> edge(DiagramEdge edge) {
        SeverityStyle style = SeverityStyle.of(edge.severity());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", edge.id());
        data.put("kind", edge.kind().name());
        data.put("source", edge.source());
        data.put("target", edge.target());
        if (edge.pointId() != null) {
            data.put("pointId", edge.pointId());
        }
        data.put("label", edge.label() == null ? "" : edge.label());
        data.put("severity", style.name());
        var path = edge.shapes().get(0) instanceof Shape.Path p ? p : null;
        data.put("stroke", path == null ? DiagramLayout.EDGE : path.stroke());
        data.put("strokeWidth", path == null ? 1.5 : path.strokeWidth());
        data.put("lineStyle", edge.disconnected() ? "dashed" : "solid");
        if (edge.kind() == DiagramEdge.Kind.SERVES) {
            // where the line turns down to its point: the SVG's trunk for a system, just outside the hospital for it
            data.put("turn", path != null && path.points().size() > 2
                    ? DiagramLayout.TRUNK_X - path.points().get(0)[0] : DiagramLayout.TRUNK_X - DiagramLayout.HOSPITAL_X
                    - DiagramLayout.HOSPITAL_WIDTH - 15);
        }
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("group", "edges");
        element.put("data", data);
        element.put("classes", classes(edge.kind().name(), style, edge.disconnected()));
        return element;
    }

    private static String classes(String kind, SeverityStyle style, boolean disconnected) {
        return kind.toLowerCase(Locale.ROOT) + " " + style.cssClass() + (disconnected ? " disconnected" : "");
    }

    // Escapes the three characters that could close or confuse the HTML element the JSON is written into.
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
