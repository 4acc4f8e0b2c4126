package jp.mamori.inventory.diagram;

import java.util.List;

import jp.mamori.inventory.domain.Severity;

/**
 * A line of the diagram: SERVES joins a system (or the hospital) to a connection point inside the hospital,
 * LINE joins the point to its far end and carries the line type.
 *
 * @param labelBox  where the label is written, or null when the edge has none
 */
public record DiagramEdge(String id, Kind kind, String source, String target, Long pointId, String label,
                          Rect labelBox, Severity severity, boolean disconnected, List<Shape> shapes) {

    public enum Kind { SERVES, LINE }
}
