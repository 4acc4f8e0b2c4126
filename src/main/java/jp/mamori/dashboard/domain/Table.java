package jp.mamori.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One family of figures published for the nation and every prefecture: e.g. "connections.byPurpose" with keys
 * VPN, REMOTE_DESKTOP, ...; rows = prefecture code -> key -> Cell. The national row is the sum of the prefecture
 * rows (computed by the policy: value sums, hospital sets union). Every row's total (the sum over keys) is treated
 * as known to the reader (conservative: totals of one family can be worked out from another family, e.g. findings
 * by rule and by severity add up to the same number). A missing prefecture entry or key is Cell(0, empty).
 */
public record Table(String name, List<String> keys, Map<String, Map<String, Cell>> prefectures) {

    public Table {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Map<String, Map<String, Cell>> copy = new LinkedHashMap<>();
        prefectures.forEach((pref, row) -> copy.put(Objects.requireNonNull(pref, "prefecture"),
                row == null ? Map.of() : Map.copyOf(row)));
        prefectures = Map.copyOf(copy);
    }

    public Cell cell(String prefecture, String key) {
        Cell cell = prefectures.getOrDefault(prefecture, Map.of()).get(key);
        return cell == null ? Cell.EMPTY : cell;
    }
}
