package jp.mamori.dashboard.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PLACEHOLDER, replaced at merge by the real policy (primary and secondary suppression): here only primary
 * suppression, a cell resting on one to four hospitals is null.
 */
public final class SuppressionPolicy {

    public static final int MIN_CELL = 5;

    private SuppressionPolicy() {
    }

    public static Suppressed apply(Table table) {
        Map<String, Map<String, Long>> prefectures = new LinkedHashMap<>();
        Map<String, Long> national = new LinkedHashMap<>();
        for (String key : table.keys()) {
            long sum = 0;
            Set<String> all = new HashSet<>();
            for (var e : table.prefectures().entrySet()) {
                Cell c = e.getValue().getOrDefault(key, new Cell(0, Set.of()));
                sum += c.value();
                all.addAll(c.hospitals());
                prefectures.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(key, shown(c.value(), c.hospitals().size()));
            }
            national.put(key, shown(sum, all.size()));
        }
        return new Suppressed(table.name(), national, prefectures);
    }

    private static Long shown(long value, int hospitals) {
        return hospitals > 0 && hospitals < MIN_CELL ? null : value;
    }
}
