package jp.mamori.inventory.diagram;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.Severity;

/**
 * One connection point as the table under the interactive diagram lists it (the same content for keyboard and
 * screen-reader users), in the diagram's order. Raw values: the page words them in the reader's language.
 *
 * @param key     the part of the node ids ({@code point-<key>}) that names this point
 * @param system  the system drawn as serving it, or null when it is drawn from the hospital itself
 */
public record DiagramRow(String key, Long pointId, String system, String counterpart, Purpose purpose, Line line,
                         String vendor, String product, String version, String address, PointStatus status,
                         Severity severity) {

    static DiagramRow of(String key, ConnectionPoint point, String system, Severity severity) {
        var device = point.device();
        return new DiagramRow(key, point.id(), system, point.counterpart(), point.purpose(), point.line(),
                device.vendor(), device.product(), device.version(), device.address(), point.status(), severity);
    }

    /** CRITICAL ... INFO, or NONE: the message key suffix and the CSS class of the severity. */
    public SeverityStyle style() {
        return SeverityStyle.of(severity);
    }

    public boolean disconnected() {
        return status == PointStatus.DISCONNECTED;
    }
}
