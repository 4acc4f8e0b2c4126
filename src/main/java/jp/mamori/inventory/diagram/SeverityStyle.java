package jp.mamori.inventory.diagram;

import jp.mamori.inventory.domain.Severity;

/**
 * The colours of a severity. The badge text on its fill has at least 4.5:1 contrast and the border at least
 * 3:1 against white (WCAG 2.1); the severity is always written in the badge too, so colour is never alone.
 */
public enum SeverityStyle {
    CRITICAL("#9b1c1c", "#ffffff", "#9b1c1c"),
    HIGH("#c2410c", "#ffffff", "#c2410c"),
    MEDIUM("#facc15", "#111827", "#a16207"),
    LOW("#bfdbfe", "#111827", "#1d4ed8"),
    INFO("#e5e7eb", "#111827", "#4b5563"),
    NONE("#ffffff", "#111827", "#6b7280");

    /** Lines and borders of a disconnected point: grey and dashed. */
    public static final String DISCONNECTED = "#6b7280";

    private final String fill;
    private final String text;
    private final String stroke;

    SeverityStyle(String fill, String text, String stroke) {
        this.fill = fill;
        this.text = text;
        this.stroke = stroke;
    }

    public static SeverityStyle of(Severity severity) {
        return severity == null ? NONE : valueOf(severity.name());
    }

    public String fill() {
        return fill;
    }

    public String text() {
        return text;
    }

    public String stroke() {
        return stroke;
    }

    /** The CSS class name: severity-critical ... severity-none. */
    public String cssClass() {
        return "severity-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
