package jp.mamori.inventory.diagram;

import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Severity;

/**
 * What the configuration diagram is drawn from.
 *
 * @param systems        the hospital's internal systems as the questionnaire lists them
 * @param worstByPoint   the worst open finding of each point, by point id; a point absent has none
 * @param hospitalWorst  the worst open finding on the hospital as a whole, or null
 */
public record DiagramModel(String hospitalName, List<String> systems, List<ConnectionPoint> points,
                           Map<Long, Severity> worstByPoint, Severity hospitalWorst) {

    public DiagramModel {
        hospitalName = hospitalName == null ? "" : hospitalName;
        systems = systems == null ? List.of() : systems.stream().filter(s -> s != null && !s.isBlank()).toList();
        points = points == null ? List.of() : List.copyOf(points);
        worstByPoint = worstByPoint == null ? Map.of() : Map.copyOf(worstByPoint);
    }

    public DiagramModel(String hospitalName, List<String> systems, List<ConnectionPoint> points,
                        Map<Long, Severity> worstByPoint) {
        this(hospitalName, systems, points, worstByPoint, null);
    }

    /** The worst open finding of a point, or null when it has none (or is not stored yet). */
    public Severity worst(ConnectionPoint point) {
        return point.id() == null ? null : worstByPoint.get(point.id());
    }
}
