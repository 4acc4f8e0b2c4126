package jp.mamori.inventory.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Severity;

/**
 * Where everything goes, decided once for the SVG, the PNG and the page: the hospital and its systems on the
 * left, one row per connection point (its hospital-side device) in the middle, the line type on the edge and
 * the far end on the right. Points are grouped under the system they serve, so the lines never cross; a point
 * whose system is not in the hospital's list hangs from the hospital itself. The canvas grows downwards with
 * the points, one row each, so a hundred points stay as legible as three.
 */
public final class DiagramLayout {

    static final double MARGIN = 24;
    static final double FONT = 12;
    static final double LINE_HEIGHT = 17;
    static final double HOSPITAL_X = MARGIN;
    static final double HOSPITAL_WIDTH = 220;
    static final double SYSTEM_X = HOSPITAL_X + 16;
    static final double SYSTEM_WIDTH = HOSPITAL_WIDTH - 32;
    static final double TRUNK_X = HOSPITAL_X + HOSPITAL_WIDTH + 30;
    static final double POINT_X = HOSPITAL_X + HOSPITAL_WIDTH + 60;
    static final double POINT_WIDTH = 300;
    static final double COUNTERPART_X = POINT_X + POINT_WIDTH + 200;
    static final double COUNTERPART_WIDTH = 260;
    static final double WIDTH = COUNTERPART_X + COUNTERPART_WIDTH + MARGIN;
    static final double PADDING = 10;
    static final double BADGE_HEIGHT = 20;
    static final double ROW_GAP = 14;
    static final double GROUP_GAP = 14;

    static final String INK = "#111827";
    static final String MUTED = "#4b5563";
    static final String EDGE = "#374151";
    static final String BRAND = "#1d4f91";
    static final String HOSPITAL_FILL = "#eef3f9";
    static final String COUNTERPART_FILL = "#f9fafb";
    static final String DISCONNECTED_FILL = "#f3f4f6";

    private final String title;
    private final String description;
    private final double height;
    private final List<Shape> decorations;
    private final List<DiagramNode> nodes;
    private final List<DiagramEdge> edges;
    private final List<DiagramRow> rows;

    private DiagramLayout(String title, String description, double height, List<Shape> decorations,
                          List<DiagramNode> nodes, List<DiagramEdge> edges, List<DiagramRow> rows) {
        this.title = title;
        this.description = description;
        this.height = height;
        this.decorations = List.copyOf(decorations);
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.rows = List.copyOf(rows);
    }

    public static DiagramLayout of(DiagramModel model, DiagramLabels labels) {
        return new Builder(model, labels).build();
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return height;
    }

    /** Title, legend and column headings. */
    public List<Shape> decorations() {
        return decorations;
    }

    /** The hospital first, then its systems, then each point and its far end, in drawing order. */
    public List<DiagramNode> nodes() {
        return nodes;
    }

    public List<DiagramEdge> edges() {
        return edges;
    }

    /** The points in the order the diagram shows them, for the table beside it. */
    public List<DiagramRow> rows() {
        return rows;
    }

    private static final class Builder {
        private final DiagramModel model;
        private final DiagramLabels labels;
        private final List<Shape> decorations = new ArrayList<>();
        private final List<DiagramNode> nodes = new ArrayList<>();
        private final List<DiagramEdge> edges = new ArrayList<>();
        private final List<DiagramRow> rows = new ArrayList<>();
        private final String unknown;
        private int unsaved;

        Builder(DiagramModel model, DiagramLabels labels) {
            this.model = model;
            this.labels = labels;
            this.unknown = labels.unknown();
        }

        DiagramLayout build() {
            String hospitalName = TextMeasure.clean(model.hospitalName());
            String title = labels.title(hospitalName);
            decorations.add(new Shape.Label(fitted(title, 18, WIDTH - 2 * MARGIN), MARGIN, MARGIN + 18, 18, INK, false));
            double y = legend(MARGIN + 34);
            y += 28;
            headings(y);
            double top = y + 12;

            HospitalDraft hospital = hospitalDraft(hospitalName, top);
            double groupsTop = top + hospital.headerHeight;
            double groupsBottom = groups(groupsTop);
            double hospitalBottom = Math.max(groupsBottom, groupsTop + LINE_HEIGHT) + 16;
            Rect hospitalBox = new Rect(HOSPITAL_X, top, HOSPITAL_WIDTH, hospitalBottom - top);
            List<Shape> shapes = new ArrayList<>();
            shapes.add(new Shape.Box(hospitalBox, HOSPITAL_FILL, BRAND, 2, false, 8));
            shapes.addAll(hospital.shapes);
            nodes.add(0, new DiagramNode("hospital", DiagramNode.Kind.HOSPITAL, null, hospitalBox,
                    model.hospitalWorst(), false, hospital.text, String.join(" ", hospital.text), shapes));
            if (model.points().isEmpty()) {
                decorations.add(new Shape.Label(labels.text("diagram.empty"), POINT_X, groupsTop + 14, FONT, MUTED, false));
            }
            return new DiagramLayout(title, labels.text("diagram.description"), hospitalBottom + MARGIN,
                    decorations, nodes, edges, rows);
        }

        // The legend: every severity as its badge, then the dashed line of a disconnected point.
        private double legend(double y) {
            double x = MARGIN;
            String heading = labels.text("diagram.legend");
            decorations.add(new Shape.Label(heading, x, y + 15, FONT, INK, false));
            x += TextMeasure.width(heading, FONT) + 12;
            for (SeverityStyle style : SeverityStyle.values()) {
                String text = labels.text("diagram.severity." + style.name());
                double w = TextMeasure.width(text, FONT) + 16;
                if (x + w > WIDTH - MARGIN) {
                    x = MARGIN;
                    y += BADGE_HEIGHT + 8;
                }
                decorations.addAll(badge(text, style, x, y));
                x += w + 8;
            }
            String disconnected = labels.text("diagram.disconnected");
            double w = 36 + TextMeasure.width(disconnected, FONT);
            if (x + w > WIDTH - MARGIN) {
                x = MARGIN;
                y += BADGE_HEIGHT + 8;
            }
            decorations.add(new Shape.Path(List.of(new double[] {x + 4, y + 10}, new double[] {x + 30, y + 10}),
                    SeverityStyle.DISCONNECTED, 2, true));
            decorations.add(new Shape.Label(disconnected, x + 36, y + 15, FONT, INK, false));
            return y + BADGE_HEIGHT;
        }

        private void headings(double baseline) {
            decorations.add(new Shape.Label(labels.text("diagram.column.hospital"), HOSPITAL_X, baseline, FONT, MUTED, false));
            decorations.add(new Shape.Label(labels.text("diagram.column.point"), POINT_X, baseline, FONT, MUTED, false));
            decorations.add(new Shape.Label(labels.text("diagram.column.line"), (POINT_X + POINT_WIDTH + COUNTERPART_X) / 2,
                    baseline, FONT, MUTED, true));
            decorations.add(new Shape.Label(labels.text("diagram.column.counterpart"), COUNTERPART_X, baseline, FONT, MUTED,
                    false));
        }

        private record HospitalDraft(double headerHeight, List<String> text, List<Shape> shapes) {
        }

        private HospitalDraft hospitalDraft(String name, double top) {
            List<String> lines = TextMeasure.wrap(name.isEmpty() ? unknown : name, 14, HOSPITAL_WIDTH - 2 * PADDING, 3);
            List<Shape> shapes = new ArrayList<>();
            List<String> text = new ArrayList<>(lines);
            double baseline = top + PADDING + 14;
            for (String line : lines) {
                shapes.add(new Shape.Label(line, HOSPITAL_X + PADDING, baseline, 14, INK, false));
                baseline += 20;
            }
            double height = PADDING + lines.size() * 20;
            if (model.hospitalWorst() != null) {
                String badgeText = labels.hospitalWide(model.hospitalWorst());
                shapes.addAll(badge(badgeText, SeverityStyle.of(model.hospitalWorst()), HOSPITAL_X + PADDING, top + height));
                text.add(badgeText);
                height += BADGE_HEIGHT + 6;
            }
            return new HospitalDraft(height + 8, text, shapes);
        }

        /** Lays out every group of points from {@code top}; returns the bottom of the last. */
        private double groups(double top) {
            Map<String, String> systems = new LinkedHashMap<>();
            for (String system : model.systems()) {
                systems.putIfAbsent(SystemMatch.key(system), TextMeasure.clean(system));
            }
            Map<String, List<ConnectionPoint>> served = new LinkedHashMap<>();
            systems.keySet().forEach(k -> served.put(k, new ArrayList<>()));
            List<ConnectionPoint> unmatched = new ArrayList<>();
            for (ConnectionPoint point : sorted(model.points())) {
                List<ConnectionPoint> group = served.get(SystemMatch.key(point.system()));
                (group == null ? unmatched : group).add(point);
            }
            double y = top;
            int index = 0;
            boolean any = false;
            for (var entry : served.entrySet()) {
                y = group("system-" + index++, systems.get(entry.getKey()), entry.getValue(), y) + GROUP_GAP;
                any = true;
            }
            if (!unmatched.isEmpty()) {
                y = group(null, null, unmatched, y) + GROUP_GAP;
                any = true;
            }
            return any ? y - GROUP_GAP : top;
        }

        // Stored points by id, new ones after them in the order given: the same inventory always draws the same.
        private static List<ConnectionPoint> sorted(List<ConnectionPoint> points) {
            return points.stream()
                    .sorted(Comparator.comparing(ConnectionPoint::id, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }

        /** One system (or, with a null id, the hospital itself) and the points it serves; returns its bottom. */
        private double group(String systemId, String systemName, List<ConnectionPoint> points, double top) {
            List<PointDraft> drafts = points.stream().map(this::pointDraft).toList();
            double rowsHeight = drafts.stream().mapToDouble(PointDraft::height).sum()
                    + ROW_GAP * Math.max(0, drafts.size() - 1);
            List<String> systemLines = systemId == null ? List.of()
                    : TextMeasure.wrap(systemName, FONT, SYSTEM_WIDTH - 2 * PADDING, 2);
            double systemHeight = systemId == null ? 0 : PADDING + LINE_HEIGHT * systemLines.size() + 8;
            double height = Math.max(rowsHeight, systemHeight);
            Rect systemBox = null;
            if (systemId != null) {
                systemBox = new Rect(SYSTEM_X, top + (height - systemHeight) / 2, SYSTEM_WIDTH, systemHeight);
                List<Shape> shapes = new ArrayList<>();
                shapes.add(new Shape.Box(systemBox, "#ffffff", BRAND, 1.5, false, 4));
                double baseline = systemBox.y() + PADDING + 13;
                for (String line : systemLines) {
                    shapes.add(new Shape.Label(line, SYSTEM_X + PADDING, baseline, FONT, INK, false));
                    baseline += LINE_HEIGHT;
                }
                nodes.add(new DiagramNode(systemId, DiagramNode.Kind.SYSTEM, null, systemBox, null, false,
                        systemLines, systemName, shapes));
            }
            double y = top + (height - rowsHeight) / 2;
            for (PointDraft draft : drafts) {
                place(draft, y, systemId, systemBox);
                y += draft.height() + ROW_GAP;
            }
            return top + height;
        }

        private record PointDraft(ConnectionPoint point, String key, Severity severity, String badge,
                                  String head, List<String> device, String address, List<String> counterpart,
                                  String counterpartFull, String line, double pointHeight, double counterpartHeight) {
            double height() {
                return Math.max(pointHeight, counterpartHeight);
            }
        }

        private PointDraft pointDraft(ConnectionPoint point) {
            String key = point.id() != null ? String.valueOf(point.id()) : "n" + unsaved++;
            Severity severity = model.worst(point);
            String badge = labels.severity(severity);
            double textWidth = POINT_WIDTH - 2 * PADDING;
            String head = labels.purpose(point.purpose())
                    + (point.disconnected() ? "・" + labels.text("diagram.disconnected") : "");
            head = fitted(head, FONT, textWidth - TextMeasure.width(badge, FONT) - 16 - 8);
            List<String> device = TextMeasure.wrap(deviceText(point.device()), FONT, textWidth, 2);
            String address = fitted(labels.text("diagram.address") + ": " + orUnknown(point.device().address()),
                    FONT, textWidth);
            String counterpartFull = orUnknown(point.counterpart());
            List<String> counterpart = TextMeasure.wrap(counterpartFull, FONT, COUNTERPART_WIDTH - 2 * PADDING, 3);
            String line = fitted(labels.line(point.line()), FONT, COUNTERPART_X - POINT_X - POINT_WIDTH - 16);
            double pointHeight = 8 + BADGE_HEIGHT + 4 + LINE_HEIGHT * (device.size() + 1) + 8;
            double counterpartHeight = PADDING + LINE_HEIGHT * counterpart.size() + 8;
            return new PointDraft(point, key, severity, badge, head, device, address, counterpart, counterpartFull,
                    line, pointHeight, counterpartHeight);
        }

        private void place(PointDraft d, double rowTop, String systemId, Rect systemBox) {
            ConnectionPoint point = d.point();
            boolean off = point.disconnected();
            SeverityStyle style = SeverityStyle.of(d.severity());
            String ink = off ? MUTED : INK;
            double mid = rowTop + d.height() / 2;

            Rect box = new Rect(POINT_X, mid - d.pointHeight() / 2, POINT_WIDTH, d.pointHeight());
            List<Shape> shapes = new ArrayList<>();
            shapes.add(new Shape.Box(box, off ? DISCONNECTED_FILL : "#ffffff", off ? SeverityStyle.DISCONNECTED : style.stroke(),
                    off ? 2 : 3, off, 4));
            shapes.addAll(badge(d.badge(), style, box.x() + PADDING, box.y() + 8));
            double headX = box.x() + PADDING + TextMeasure.width(d.badge(), FONT) + 16 + 8;
            shapes.add(new Shape.Label(d.head(), headX, box.y() + 8 + 15, FONT, ink, false));
            double baseline = box.y() + 8 + BADGE_HEIGHT + 4 + 13;
            List<String> text = new ArrayList<>();
            text.add("【" + d.badge() + "】" + d.head());
            for (String line : d.device()) {
                shapes.add(new Shape.Label(line, box.x() + PADDING, baseline, FONT, ink, false));
                text.add(line);
                baseline += LINE_HEIGHT;
            }
            shapes.add(new Shape.Label(d.address(), box.x() + PADDING, baseline, FONT, ink, false));
            text.add(d.address());
            String pointId = "point-" + d.key();
            String full = String.join(" / ", Stream.of("【" + d.badge() + "】" + labels.purpose(point.purpose()),
                    deviceText(point.device()), labels.text("diagram.address") + ": " + orUnknown(point.device().address()),
                    labels.line(point.line()), orUnknown(point.counterpart())).map(TextMeasure::clean).toList());
            nodes.add(new DiagramNode(pointId, DiagramNode.Kind.POINT, point.id(), box, d.severity(), off, text, full, shapes));

            Rect far = new Rect(COUNTERPART_X, mid - d.counterpartHeight() / 2, COUNTERPART_WIDTH, d.counterpartHeight());
            List<Shape> farShapes = new ArrayList<>();
            farShapes.add(new Shape.Box(far, off ? DISCONNECTED_FILL : COUNTERPART_FILL, off ? SeverityStyle.DISCONNECTED : EDGE,
                    1.5, off, 4));
            baseline = far.y() + PADDING + 13;
            for (String line : d.counterpart()) {
                farShapes.add(new Shape.Label(line, far.x() + PADDING, baseline, FONT, ink, false));
                baseline += LINE_HEIGHT;
            }
            String farId = "far-" + d.key();
            nodes.add(new DiagramNode(farId, DiagramNode.Kind.COUNTERPART, point.id(), far, d.severity(), off,
                    d.counterpart(), d.counterpartFull(), farShapes));

            String edgeColour = off ? SeverityStyle.DISCONNECTED : EDGE;
            List<double[]> serves = systemBox == null
                    ? List.of(new double[] {HOSPITAL_X + HOSPITAL_WIDTH, mid}, new double[] {POINT_X, mid})
                    : List.of(new double[] {systemBox.right(), systemBox.centerY()},
                            new double[] {TRUNK_X, systemBox.centerY()}, new double[] {TRUNK_X, mid},
                            new double[] {POINT_X, mid});
            edges.add(new DiagramEdge("serves-" + d.key(), DiagramEdge.Kind.SERVES, systemId == null ? "hospital" : systemId,
                    pointId, point.id(), null, null, d.severity(), off,
                    List.of(new Shape.Path(serves, edgeColour, 1.5, off))));

            double labelX = (POINT_X + POINT_WIDTH + COUNTERPART_X) / 2;
            double labelWidth = TextMeasure.width(d.line(), FONT);
            Rect labelBox = new Rect(labelX - labelWidth / 2 - 3, mid - 6 - 13, labelWidth + 6, LINE_HEIGHT);
            edges.add(new DiagramEdge("line-" + d.key(), DiagramEdge.Kind.LINE, pointId, farId, point.id(), d.line(),
                    labelBox, d.severity(), off, List.of(
                    new Shape.Path(List.of(new double[] {box.right(), mid}, new double[] {far.x(), mid}),
                            off ? SeverityStyle.DISCONNECTED : style.stroke(), 2.5, off),
                    new Shape.Label(d.line(), labelX, mid - 6, FONT, ink, true))));

            rows.add(DiagramRow.of(d.key(), point, systemId != null, d.severity()));
        }

        private List<Shape> badge(String text, SeverityStyle style, double x, double y) {
            double w = TextMeasure.width(text, FONT) + 16;
            Rect rect = new Rect(x, y, w, BADGE_HEIGHT);
            return List.of(new Shape.Box(rect, style.fill(), style.stroke(), 1, false, 3),
                    new Shape.Label(text, rect.centerX(), y + 15, FONT, style.text(), true));
        }

        private String deviceText(Device device) {
            return labels.text("diagram.device") + ": "
                    + DiagramRow.device(device.vendor(), device.product(), device.version(), unknown);
        }

        private String orUnknown(String value) {
            return value == null || TextMeasure.clean(value).isEmpty() ? unknown : TextMeasure.clean(value);
        }

        private static String fitted(String text, double size, double width) {
            List<String> lines = TextMeasure.wrap(text, size, width, 1);
            return lines.isEmpty() ? "" : lines.get(0);
        }
    }
}
