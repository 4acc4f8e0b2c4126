package jp.mamori.inventory.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.mamori.shared.JapaneseFont;

/**
 * The diagram as SVG text: every word a {@code <text>} element (searchable, copyable, and small), the embedded
 * font named first so a viewer that has it draws what the PNG shows; nothing is fetched from elsewhere.
 */
public final class SvgDiagram {

    static final String FONT_FAMILY = "'" + JapaneseFont.FAMILY + "', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif";

    private SvgDiagram() {
    }

    public static String svg(DiagramLayout layout) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(n(layout.width())).append("\" height=\"").append(n(layout.height()))
                .append("\" viewBox=\"0 0 ").append(n(layout.width())).append(' ').append(n(layout.height()))
                .append("\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\"")
                .append(" font-family=\"").append(attr(FONT_FAMILY)).append("\">\n");
        out.append("<title id=\"diagram-title\">").append(text(layout.title())).append("</title>\n");
        out.append("<desc id=\"diagram-desc\">").append(text(layout.description())).append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(n(layout.width())).append("\" height=\"")
                .append(n(layout.height())).append("\" fill=\"#ffffff\"/>\n");
        out.append("<g class=\"header\">\n");
        layout.decorations().forEach(s -> shape(out, s));
        out.append("</g>\n");
        // the hospital box under the lines, the lines under the other boxes
        DiagramNode hospital = layout.nodes().get(0);
        node(out, hospital);
        for (DiagramEdge edge : layout.edges()) {
            out.append("<g id=\"").append(attr(edge.id())).append("\" class=\"edge ")
                    .append(edge.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(SeverityStyle.of(edge.severity()).cssClass()).append(edge.disconnected() ? " disconnected" : "")
                    .append("\">\n");
            edge.shapes().forEach(s -> shape(out, s));
            out.append("</g>\n");
        }
        layout.nodes().stream().skip(1).forEach(node -> node(out, node));
        out.append("</svg>\n");
        return out.toString();
    }

    private static void node(StringBuilder out, DiagramNode node) {
        out.append("<g id=\"").append(attr(node.id())).append("\" class=\"node ")
                .append(node.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(node.style().cssClass())
                .append(node.disconnected() ? " disconnected" : "").append("\">\n");
        out.append("<title>").append(text(node.fullText())).append("</title>\n");
        node.shapes().forEach(s -> shape(out, s));
        out.append("</g>\n");
    }

    private static void shape(StringBuilder out, Shape shape) {
        if (shape instanceof Shape.Box b) {
            Rect r = b.rect();
            out.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                    .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
                    .append("\" rx=\"").append(n(b.radius())).append("\" fill=\"")
                    .append(b.fill() == null ? "none" : attr(b.fill())).append('"');
            if (b.stroke() != null) {
                out.append(" stroke=\"").append(attr(b.stroke())).append("\" stroke-width=\"")
                        .append(n(b.strokeWidth())).append('"');
                if (b.dashed()) {
                    out.append(" stroke-dasharray=\"6 4\"");
                }
            }
            out.append("/>\n");
        } else if (shape instanceof Shape.Label l) {
            out.append("<text x=\"").append(n(l.x())).append("\" y=\"").append(n(l.baseline()))
                    .append("\" font-size=\"").append(n(l.size())).append("\" fill=\"").append(attr(l.colour()))
                    .append('"').append(l.centred() ? " text-anchor=\"middle\"" : "").append('>')
                    .append(text(l.text())).append("</text>\n");
        } else if (shape instanceof Shape.Path p) {
            out.append("<polyline points=\"")
                    .append(p.points().stream().map(xy -> n(xy[0]) + "," + n(xy[1])).collect(Collectors.joining(" ")))
                    .append("\" fill=\"none\" stroke=\"").append(attr(p.stroke())).append("\" stroke-width=\"")
                    .append(n(p.strokeWidth())).append('"');
            if (p.dashed()) {
                out.append(" stroke-dasharray=\"6 4\"");
            }
            out.append("/>\n");
        }
    }

    /** Character data: markup characters escaped, and characters XML 1.0 cannot hold left out. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowedInXml(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String attr(String value) {
        return text(value);
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    // Coordinates to one decimal, never in exponent form.
    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
