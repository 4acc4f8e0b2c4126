package jp.mamori.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds tables for the tests: prefecture code, key, value, hospital codes. */
final class Tables {

    private final String name;
    private final List<String> keys;
    private final Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();

    private Tables(String name, List<String> keys) {
        this.name = name;
        this.keys = keys;
    }

    static Tables table(String... keys) {
        return new Tables("connections.byPurpose", List.of(keys));
    }

    Tables cell(String prefecture, String key, long value, Set<String> hospitals) {
        rows.computeIfAbsent(prefecture, p -> new LinkedHashMap<>()).put(key, new Cell(value, hospitals));
        return this;
    }

    /** A prefecture listed with no cell at all. */
    Tables prefecture(String prefecture) {
        rows.computeIfAbsent(prefecture, p -> new LinkedHashMap<>());
        return this;
    }

    Table build() {
        return new Table(name, keys, rows);
    }

    /** Hospitals "13-1" .. "13-n" of prefecture 13 (from..to inclusive). */
    static Set<String> hospitals(String prefecture, int from, int to) {
        Set<String> set = new LinkedHashSet<>();
        for (int i = from; i <= to; i++) {
            set.add(prefecture + "-" + i);
        }
        return set;
    }

    static Set<String> hospitals(String prefecture, int... numbers) {
        Set<String> set = new LinkedHashSet<>();
        for (int i : numbers) {
            set.add(prefecture + "-" + i);
        }
        return set;
    }
}
