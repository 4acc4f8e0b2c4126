package jp.mamori.dashboard.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No figure drawn from confidential data is published if it rests on fewer than {@value #MIN_CELL} hospitals, nor
 * any figure from which such a one could be worked out (survey.md "National figures"). A table is a family of
 * figures: one row per prefecture, the national row (their sum, computed here) and one column per key. The reader is
 * assumed to know every row's total (another family may add up to it) and every national cell that is shown (the
 * column's total), so the rules protect each row and each column as a line whose total is known:
 * <ol>
 * <li>Primary: a cell resting on 1 to 4 hospitals is suppressed. A cell resting on no hospital (a zero) is shown only
 * when its row rests on at least five hospitals: a zero among three hospitals says something about each of them.</li>
 * <li>Rows: the suppressed cells of a row must be none, all of the row, or at least two whose hospitals together are
 * at least five, since the row total minus the shown cells gives their sum. Otherwise the row's smallest shown cell
 * resting on hospitals is suppressed too (ties by key order; a zero only when no such cell is left), and again.</li>
 * <li>Columns: the national cell is the sum of the prefecture cells. While it is shown, the suppressed prefecture
 * cells of the column must be none or at least two whose hospitals together are at least five (national VPN minus
 * Tokyo's VPN is the rest of the country's VPN); otherwise the smallest shown prefecture cell is suppressed (ties by
 * prefecture code), or the national cell when no prefecture cell would help. A suppressed national cell needs at
 * least one suppressed prefecture cell beside it, or the shown prefecture cells would add up to it.</li>
 * <li>Rules 2 and 3 are repeated until nothing changes. Then the whole system of what is known (row totals, shown
 * national cells, shown cells) is solved exactly ({@link LinearDisclosure}): while a suppressed cell is uniquely
 * determined, one more cell is suppressed, chosen to close a cycle through it (the smallest shown cell whose row lies
 * on one side of the determined cell and whose column on the other), and rules 2 and 3 run again.</li>
 * </ol>
 * A table of a single key has no row total distinct from its cells: treating it as known would leave nothing to
 * protect, so there only the columns count. Everything is deterministic: prefectures by code, keys in the table's
 * order.
 */
public final class SuppressionPolicy {

    public static final int MIN_CELL = 5;

    private SuppressionPolicy() {
    }

    public static Suppressed apply(Table table) {
        Grid grid = new Grid(table);
        grid.suppressPrimary();
        grid.protectLines();
        for (int[] pinned = grid.firstDetermined(); pinned != null; pinned = grid.firstDetermined()) {
            if (!grid.suppressAnotherFor(pinned[0], pinned[1])) {
                break;
            }
            grid.protectLines();
        }
        return grid.published();
    }

    /** The table as a (prefectures + 1) x keys grid; the last row is the national one. */
    private static final class Grid {

        private final String name;
        private final List<String> keys;
        private final List<String> prefectures;
        private final int national;
        private final int width;
        private final long[][] value;
        private final List<Set<String>> hospitals = new ArrayList<>();
        private final boolean[][] suppressed;

        Grid(Table table) {
            name = table.name();
            keys = table.keys();
            if (new HashSet<>(keys).size() != keys.size()) {
                throw new IllegalArgumentException("duplicate key in table " + name + ": " + keys);
            }
            table.prefectures().forEach((pref, row) -> row.keySet().stream().filter(k -> !keys.contains(k))
                    .findFirst().ifPresent(k -> {
                        throw new IllegalArgumentException("key " + k + " of " + pref + " is not a key of " + name);
                    }));
            prefectures = table.prefectures().keySet().stream().sorted().toList();
            national = prefectures.size();
            width = keys.size();
            value = new long[national + 1][width];
            suppressed = new boolean[national + 1][width];
            for (int r = 0; r <= national; r++) {
                for (int c = 0; c < width; c++) {
                    hospitals.add(new HashSet<>());
                }
            }
            for (int r = 0; r < national; r++) {
                for (int c = 0; c < width; c++) {
                    Cell cell = table.cell(prefectures.get(r), keys.get(c));
                    value[r][c] = cell.value();
                    hospitals(r, c).addAll(cell.hospitals());
                    value[national][c] = Math.addExact(value[national][c], cell.value());
                    hospitals(national, c).addAll(cell.hospitals());
                }
            }
        }

        private Set<String> hospitals(int r, int c) {
            return hospitals.get(r * width + c);
        }

        private boolean restsOnNoHospital(int[] at) {
            return hospitals(at[0], at[1]).isEmpty();
        }

        void suppressPrimary() {
            for (int r = 0; r <= national; r++) {
                int row = union(row(r)).size();
                for (int c = 0; c < width; c++) {
                    int n = hospitals(r, c).size();
                    suppressed[r][c] = n == 0 ? row < MIN_CELL : n < MIN_CELL;
                }
            }
        }

        void protectLines() {
            boolean changed;
            do {
                changed = false;
                for (int r = 0; r <= national; r++) {
                    changed |= protectRow(r);
                }
                for (int c = 0; c < width; c++) {
                    changed |= protectColumn(c);
                }
            } while (changed);
        }

        private boolean protectRow(int r) {
            boolean changed = false;
            while (true) {
                List<int[]> hidden = hidden(row(r));
                if (hidden.isEmpty() || hidden.size() == width
                        || hidden.size() >= 2 && union(hidden).size() >= MIN_CELL) {
                    return changed;
                }
                suppress(pick(row(r), true));
                changed = true;
            }
        }

        private boolean protectColumn(int c) {
            boolean changed = false;
            while (true) {
                List<int[]> cells = prefectureColumn(c);
                List<int[]> hidden = hidden(cells);
                int[] next;
                if (!suppressed[national][c]) {
                    int union = union(hidden).size();
                    if (hidden.isEmpty() || hidden.size() >= 2 && union >= MIN_CELL) {
                        return changed;
                    }
                    // a zero adds no hospital: it helps only when two cells are needed and the union is there
                    next = pick(cells, union >= MIN_CELL);
                    if (next == null) {
                        next = new int[] {national, c};
                    }
                } else {
                    if (!hidden.isEmpty()) {
                        return changed;
                    }
                    next = pick(cells, true);
                    if (next == null) {
                        return changed;
                    }
                }
                suppress(next);
                changed = true;
            }
        }

        /** The first suppressed cell (rows then keys) that the known figures determine, or null. */
        int[] firstDetermined() {
            int[][] index = new int[national + 1][width];
            List<int[]> unknowns = new ArrayList<>();
            for (int r = 0; r <= national; r++) {
                for (int c = 0; c < width; c++) {
                    index[r][c] = suppressed[r][c] ? unknowns.size() : -1;
                    if (suppressed[r][c]) {
                        unknowns.add(new int[] {r, c});
                    }
                }
            }
            List<long[]> equations = new ArrayList<>();
            if (width >= 2) {
                for (int r = 0; r <= national; r++) {
                    long[] e = new long[unknowns.size()];
                    for (int c = 0; c < width; c++) {
                        if (index[r][c] >= 0) {
                            e[index[r][c]] = 1;
                        }
                    }
                    equations.add(e);
                }
            }
            for (int c = 0; c < width; c++) {
                long[] e = new long[unknowns.size()];
                for (int r = 0; r <= national; r++) {
                    if (index[r][c] >= 0) {
                        e[index[r][c]] = r == national ? -1 : 1;
                    }
                }
                equations.add(e);
            }
            boolean[] determined = LinearDisclosure.determined(equations, unknowns.size());
            for (int i = 0; i < determined.length; i++) {
                if (determined[i]) {
                    return unknowns.get(i);
                }
            }
            return null;
        }

        /**
         * A determined cell is a bridge in the graph of lines (nodes) joined by suppressed cells (edges): suppressing
         * a shown cell that joins the two sides makes a cycle through it, along which the values can shift.
         */
        boolean suppressAnotherFor(int r, int c) {
            boolean[] rowSide = reachable(r, r, c);
            boolean[] columnSide = reachable(national + 1 + c, r, c);
            List<int[]> crossing = new ArrayList<>();
            for (int x = 0; x <= national; x++) {
                for (int y = 0; y < width; y++) {
                    int col = national + 1 + y;
                    if (rowSide[x] && columnSide[col] || columnSide[x] && rowSide[col]) {
                        crossing.add(new int[] {x, y});
                    }
                }
            }
            int[] next = pick(crossing, true);
            if (next == null) {
                List<int[]> near = new ArrayList<>(row(r));
                near.addAll(prefectureColumn(c));
                near.add(new int[] {national, c});
                next = pick(near, true);
            }
            if (next == null) {
                List<int[]> all = new ArrayList<>();
                for (int x = 0; x <= national; x++) {
                    all.addAll(row(x));
                }
                next = pick(all, true);
            }
            if (next == null) {
                return false;
            }
            suppress(next);
            return true;
        }

        /** Nodes: rows 0..national, then the columns; edges: suppressed cells other than (r, c). */
        private boolean[] reachable(int from, int r, int c) {
            boolean[] seen = new boolean[national + 1 + width];
            Deque<Integer> todo = new ArrayDeque<>();
            seen[from] = true;
            todo.add(from);
            while (!todo.isEmpty()) {
                int node = todo.poll();
                boolean isRow = node <= national;
                int limit = isRow ? width : national + 1;
                for (int i = 0; i < limit; i++) {
                    int x = isRow ? node : i;
                    int y = isRow ? i : node - national - 1;
                    int next = isRow ? national + 1 + i : i;
                    if (suppressed[x][y] && !(x == r && y == c) && !seen[next]) {
                        seen[next] = true;
                        todo.add(next);
                    }
                }
            }
            return seen;
        }

        /** The smallest shown cell resting on hospitals (first in line order on ties), else a shown zero if allowed. */
        private int[] pick(List<int[]> line, boolean zeroAllowed) {
            int[] best = null;
            for (int[] at : line) {
                if (!suppressed[at[0]][at[1]] && !restsOnNoHospital(at)
                        && (best == null || value[at[0]][at[1]] < value[best[0]][best[1]])) {
                    best = at;
                }
            }
            if (best == null && zeroAllowed) {
                best = line.stream().filter(at -> !suppressed[at[0]][at[1]]).findFirst().orElse(null);
            }
            return best;
        }

        private void suppress(int[] at) {
            suppressed[at[0]][at[1]] = true;
        }

        private List<int[]> row(int r) {
            List<int[]> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(new int[] {r, c});
            }
            return cells;
        }

        private List<int[]> prefectureColumn(int c) {
            List<int[]> cells = new ArrayList<>(national);
            for (int r = 0; r < national; r++) {
                cells.add(new int[] {r, c});
            }
            return cells;
        }

        private List<int[]> hidden(List<int[]> cells) {
            return cells.stream().filter(at -> suppressed[at[0]][at[1]]).toList();
        }

        private Set<String> union(List<int[]> cells) {
            Set<String> union = new HashSet<>();
            cells.forEach(at -> union.addAll(hospitals(at[0], at[1])));
            return union;
        }

        Suppressed published() {
            Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
            for (int r = 0; r < national; r++) {
                rows.put(prefectures.get(r), shown(r));
            }
            return new Suppressed(name, shown(national), Collections.unmodifiableMap(rows));
        }

        private Map<String, Long> shown(int r) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                row.put(keys.get(c), suppressed[r][c] ? null : value[r][c]);
            }
            return Collections.unmodifiableMap(row);
        }
    }
}
