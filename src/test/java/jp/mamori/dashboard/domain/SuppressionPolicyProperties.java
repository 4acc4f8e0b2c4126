package jp.mamori.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Over random tables (some prefectures of the 47, 1 to 12 keys, each hospital in one prefecture, contributing to any
 * number of keys of its row), nothing published rests on fewer than five hospitals or lets one be worked out.
 */
class SuppressionPolicyProperties {

    static final int MIN = SuppressionPolicy.MIN_CELL;

    /** One hospital: how much it contributes to each of the 12 possible keys (0 = nothing, the usual case). */
    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> contribution = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2),
                Tuple.of(1, 4));
        Arbitrary<List<Integer>> hospital = contribution.list().ofSize(12);
        Arbitrary<List<List<Integer>>> prefecture = Arbitraries.oneOf(hospital.list().ofMinSize(1).ofMaxSize(4),
                hospital.list().ofMinSize(1).ofMaxSize(25));
        return Arbitraries.integers().between(1, 14).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 47).set().ofSize(n),
                prefecture.list().ofSize(n)).as(SuppressionPolicyProperties::table));
    }

    static Table table(int width, Set<Integer> codes, List<List<List<Integer>>> prefectures) {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            keys.add("K" + (k + 1));
        }
        Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
        int i = 0;
        for (int code : new TreeSet<>(codes)) {
            String pref = "%02d".formatted(code);
            List<List<Integer>> hospitals = prefectures.get(i++);
            Map<String, Cell> row = new LinkedHashMap<>();
            for (int k = 0; k < width; k++) {
                long value = 0;
                Set<String> on = new HashSet<>();
                for (int h = 0; h < hospitals.size(); h++) {
                    int v = hospitals.get(h).get(k);
                    if (v > 0) {
                        value += v;
                        on.add(pref + "-" + h);
                    }
                }
                // a missing entry means the same as an empty cell: leave some out
                if (value > 0 || (code + k) % 2 == 0) {
                    row.put(keys.get(k), new Cell(value, on));
                }
            }
            rows.put(pref, row);
        }
        return new Table("random", keys, rows);
    }

    /** The input as a grid: prefecture rows by code, then the national row (sums and unions). */
    record Grid(List<String> rows, List<String> keys, Map<String, Map<String, Cell>> cells) {
        static Grid of(Table t) {
            List<String> rows = new ArrayList<>(new TreeSet<>(t.prefectures().keySet()));
            Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
            Map<String, Cell> national = new LinkedHashMap<>();
            for (String key : t.keys()) {
                long sum = 0;
                Set<String> union = new HashSet<>();
                for (String pref : rows) {
                    Cell c = t.cell(pref, key);
                    cells.computeIfAbsent(pref, p -> new LinkedHashMap<>()).put(key, c);
                    sum += c.value();
                    union.addAll(c.hospitals());
                }
                national.put(key, new Cell(sum, union));
            }
            cells.put("national", national);
            rows.add("national");
            return new Grid(rows, t.keys(), cells);
        }

        Cell cell(String row, String key) {
            return cells.getOrDefault(row, Map.of()).getOrDefault(key, Cell.EMPTY);
        }

        Set<String> rowHospitals(String row) {
            Set<String> union = new HashSet<>();
            keys.forEach(k -> union.addAll(cell(row, k).hospitals()));
            return union;
        }
    }

    static Long shown(Suppressed s, String row, String key) {
        return row.equals("national") ? s.national().get(key) : s.prefectures().get(row).get(key);
    }

    @Property(tries = 300)
    void everyShownCellRestsOnFiveHospitalsOrIsAZeroOfARowOfFive(@ForAll("tables") Table t) {
        Suppressed s = SuppressionPolicy.apply(t);
        Grid g = Grid.of(t);
        for (String row : g.rows()) {
            for (String key : t.keys()) {
                if (shown(s, row, key) != null) {
                    int n = g.cell(row, key).hospitals().size();
                    assertThat(n == 0 ? g.rowHospitals(row).size() >= MIN : n >= MIN)
                            .as("%s/%s shown on %d hospitals", row, key, n).isTrue();
                }
            }
        }
    }

    /**
     * The line's total minus its shown cells gives the sum of its suppressed ones: that sum must rest on five
     * hospitals and cover two cells at least. A column whose national cell is suppressed gives only a difference
     * (national minus the suppressed prefectures), so there one suppressed prefecture cell beside it is enough.
     */
    @Property(tries = 300)
    void theSuppressedCellsOfEveryLineAreNoneOrTwoOnFiveHospitals(@ForAll("tables") Table t) {
        Suppressed s = SuppressionPolicy.apply(t);
        Grid g = Grid.of(t);
        for (String row : g.rows()) {
            List<Cell> hidden = t.keys().stream().filter(k -> shown(s, row, k) == null).map(k -> g.cell(row, k))
                    .toList();
            if (hidden.size() < t.keys().size()) {
                assertSafe(hidden, "row " + row);
            }
        }
        List<String> prefectures = g.rows().subList(0, g.rows().size() - 1);
        for (String key : t.keys()) {
            List<Cell> hidden = prefectures.stream().filter(p -> shown(s, p, key) == null).map(p -> g.cell(p, key))
                    .toList();
            if (s.national().get(key) != null) {
                assertSafe(hidden, "column " + key);
            } else {
                assertThat(hidden).as("column %s: the national cell alone is the sum of the shown ones", key)
                        .isNotEmpty();
            }
        }
    }

    static void assertSafe(List<Cell> hidden, String line) {
        if (hidden.isEmpty()) {
            return;
        }
        Set<String> union = new HashSet<>();
        hidden.forEach(c -> union.addAll(c.hospitals()));
        assertThat(hidden.size()).as("%s: suppressed cells", line).isGreaterThanOrEqualTo(2);
        assertThat(union.size()).as("%s: hospitals of the suppressed cells", line).isGreaterThanOrEqualTo(MIN);
    }

    @Property(tries = 300)
    void noSuppressedCellCanBeWorkedOutFromThePublishedFigures(@ForAll("tables") Table t) {
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(ReaderOfPublishedFigures.determinedCells(t.keys(), s)).isEmpty();
    }

    @Property(tries = 300)
    void shownFiguresAreTheInputAndTheNationalOneIsTheirSum(@ForAll("tables") Table t) {
        Suppressed s = SuppressionPolicy.apply(t);
        Grid g = Grid.of(t);
        assertThat(s.prefectures().keySet()).containsExactlyElementsOf(g.rows().subList(0, g.rows().size() - 1));
        for (String row : g.rows()) {
            Map<String, Long> published = row.equals("national") ? s.national() : s.prefectures().get(row);
            assertThat(published.keySet()).containsExactlyElementsOf(t.keys());
            for (String key : t.keys()) {
                Long v = published.get(key);
                if (v != null) {
                    long expected = row.equals("national")
                            ? t.prefectures().keySet().stream().mapToLong(p -> t.cell(p, key).value()).sum()
                            : t.cell(row, key).value();
                    assertThat(v).as("%s/%s", row, key).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 300)
    void theSameTableGivesTheSameFigures(@ForAll("tables") Table t) {
        Map<String, Map<String, Cell>> reversed = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(new TreeSet<>(t.prefectures().keySet()));
        java.util.Collections.reverse(codes);
        codes.forEach(p -> reversed.put(p, t.prefectures().get(p)));
        Suppressed once = SuppressionPolicy.apply(t);
        assertThat(SuppressionPolicy.apply(t)).isEqualTo(once);
        assertThat(SuppressionPolicy.apply(new Table(t.name(), t.keys(), reversed))).isEqualTo(once);
    }
}
