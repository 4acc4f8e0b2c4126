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
 * @param system        the system the point serves, as typed in the inventory (null when not given)
 * @param listedSystem  whether that system is one of the hospital's listed systems; if not, it hangs from the hospital
 */
public record DiagramRow(String key, Long pointId, String system, boolean listedSystem, String counterpart, Purpose purpose, Line line,
                         String vendor, String product, String version, String address, PointStatus status,
                         Severity severity) {

    static DiagramRow of(String key, ConnectionPoint point, boolean listedSystem, Severity severity) {
        var device = point.device();
        String system = point.system() == null || TextMeasure.clean(point.system()).isEmpty() ? null : point.system();
        return new DiagramRow(key, point.id(), system, listedSystem, point.counterpart(), point.purpose(), point.line(),
                device.vendor(), device.product(), device.version(), device.address(), point.status(), severity);
    }

    /** Vendor, product and version, each part not known written as {@code unknown}; one {@code unknown} for none. */
    public String device(String unknown) {
        return device(vendor, product, version, unknown);
    }

    static String device(String vendor, String product, String version, String unknown) {
        if (blank(vendor) && blank(product) && blank(version)) {
            return unknown;
        }
        return part(vendor, unknown) + " " + part(product, unknown) + " " + part(version, unknown);
    }

    private static String part(String value, String unknown) {
        return blank(value) ? unknown : TextMeasure.clean(value);
    }

    private static boolean blank(String value) {
        return value == null || TextMeasure.clean(value).isEmpty();
    }

    /** CRITICAL ... INFO, or NONE: the message key suffix and the CSS class of the severity. */
    public SeverityStyle style() {
        return SeverityStyle.of(severity);
    }

    public boolean disconnected() {
        return status == PointStatus.DISCONNECTED;
    }
}
