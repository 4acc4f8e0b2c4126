package jp.mamori.dashboard.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts one family of figures by prefecture and key, remembering which hospitals each count rests on: what
 * {@link SuppressionPolicy} needs to decide what may be shown.
 */
public final class FigureTally {

    private final String name;
    private final List<String> keys;
    private final Map<String, Map<String, long[]>> values = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> hospitals = new LinkedHashMap<>();

    /** @param prefectures every prefecture the run covers, so one without data still gets its (zero) row */
    public FigureTally(String name, List<String> keys, java.util.Collection<String> prefectures) {
        this.name = name;
        this.keys = List.copyOf(keys);
        prefectures.forEach(p -> {
            values.put(p, new LinkedHashMap<>());
            hospitals.put(p, new LinkedHashMap<>());
        });
    }

    /** Adds {@code amount} to a cell; a key outside the family is refused (every key is known up front). */
    public void add(String prefecture, String key, String hospital, long amount) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("key " + key + " is not one of " + name + "'s");
        }
        values.computeIfAbsent(prefecture, p -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new long[1])[0] += amount;
        hospitals.computeIfAbsent(prefecture, p -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new HashSet<>()).add(hospital);
    }

    public Table table() {
        Map<String, Map<String, Cell>> out = new LinkedHashMap<>();
        values.forEach((pref, byKey) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (String key : keys) {
                long[] v = byKey.get(key);
                cells.put(key, new Cell(v == null ? 0 : v[0], Set.copyOf(hospitals.get(pref).getOrDefault(key, Set.of()))));
            }
            out.put(pref, cells);
        });
        return new Table(name, keys, out);
    }
}
