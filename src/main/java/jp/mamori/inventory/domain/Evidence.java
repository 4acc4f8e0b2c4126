package jp.mamori.inventory.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Evidence maps that keep nulls (an unknown value read is part of what a rule saw) and their order. */
final class Evidence {

    private Evidence() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** How a point is named in a finding's title: its counterpart, else its system, else its purpose. */
    static String label(ConnectionPoint p) {
        if (p.counterpart() != null && !p.counterpart().isBlank()) {
            return p.counterpart();
        }
        if (p.system() != null && !p.system().isBlank()) {
            return p.system();
        }
        return p.purpose() == null ? "接続点 " + p.id() : p.purpose().name();
    }
}
