package jp.mamori.inventory.diagram;

import java.util.List;

import jp.mamori.inventory.domain.Severity;

/**
 * One node of the diagram: the hospital, one of its systems, a connection point (its hospital-side device) or a
 * point's far end.
 *
 * @param pointId   the connection point a POINT or COUNTERPART node belongs to, else null
 * @param text      every line the node shows, in order (the cytoscape label)
 * @param fullText  the node's words uncut, for a tooltip and for screen readers
 * @param shapes    how the node is drawn (box first)
 */
public record DiagramNode(String id, Kind kind, Long pointId, Rect box, Severity severity, boolean disconnected,
                          List<String> text, String fullText, List<Shape> shapes) {

    public enum Kind { HOSPITAL, SYSTEM, POINT, COUNTERPART }

    public SeverityStyle style() {
        return SeverityStyle.of(severity);
    }
}
