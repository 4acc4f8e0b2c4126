package jp.mamori.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reader can work out from a published table, written apart from the policy's own code: the suppressed cells
 * are the unknowns of the linear system (row totals when the table has two keys or more, national = sum of the
 * prefectures per key), solved in rational arithmetic. A cell is left open only with a certificate: a vector of the
 * null space, checked against the original equations, that moves it; everything else is reported as worked out.
 */
final class ReaderOfPublishedFigures {

    private ReaderOfPublishedFigures() {
    }

    /** Names ("13/VPN", "national/VPN") of the suppressed cells the published figures determine. */
    static List<String> determinedCells(List<String> keys, Suppressed published) {
        List<String> names = new ArrayList<>();
        List<Map<String, Long>> rows = new ArrayList<>();
        List<String> rowNames = new ArrayList<>();
        published.prefectures().forEach((pref, row) -> {
            rows.add(row);
            rowNames.add(pref);
        });
        rows.add(published.national());
        rowNames.add("national");
        int nationalRow = rows.size() - 1;
        int[][] unknown = new int[rows.size()][keys.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < keys.size(); c++) {
                assertThat(rows.get(r)).containsKey(keys.get(c));
                unknown[r][c] = rows.get(r).get(keys.get(c)) == null ? names.size() : -1;
                if (unknown[r][c] >= 0) {
                    names.add(rowNames.get(r) + "/" + keys.get(c));
                }
            }
        }
        int n = names.size();
        List<int[]> equations = new ArrayList<>();
        if (keys.size() >= 2) {
            for (int r = 0; r < rows.size(); r++) {
                int[] e = new int[n];
                for (int c = 0; c < keys.size(); c++) {
                    if (unknown[r][c] >= 0) {
                        e[unknown[r][c]] = 1;
                    }
                }
                equations.add(e);
            }
        }
        for (int c = 0; c < keys.size(); c++) {
            int[] e = new int[n];
            for (int r = 0; r < rows.size(); r++) {
                if (unknown[r][c] >= 0) {
                    e[unknown[r][c]] = r == nationalRow ? 1 : -1;
                }
            }
            equations.add(e);
        }
        boolean[] open = new boolean[n];
        for (Q[] z : nullSpace(equations, n)) {
            for (int[] e : equations) {
                Q sum = Q.ZERO;
                for (int i = 0; i < n; i++) {
                    sum = sum.plus(z[i].times(Q.of(e[i])));
                }
                assertThat(sum.isZero()).as("null vector certificate").isTrue();
            }
            for (int i = 0; i < n; i++) {
                open[i] |= !z[i].isZero();
            }
        }
        List<String> determined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!open[i]) {
                determined.add(names.get(i));
            }
        }
        return determined;
    }

    /** A basis of the null space from the reduced row echelon form: one vector per free unknown. */
    private static List<Q[]> nullSpace(List<int[]> equations, int n) {
        Q[][] m = new Q[equations.size()][n];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = Q.of(equations.get(r)[c]);
            }
        }
        int[] pivotOfColumn = new int[n];
        java.util.Arrays.fill(pivotOfColumn, -1);
        int rank = 0;
        for (int c = 0; c < n && rank < m.length; c++) {
            int p = rank;
            while (p < m.length && m[p][c].isZero()) {
                p++;
            }
            if (p == m.length) {
                continue;
            }
            Q[] t = m[p];
            m[p] = m[rank];
            m[rank] = t;
            Q inverse = m[rank][c].inverse();
            for (int j = 0; j < n; j++) {
                m[rank][j] = m[rank][j].times(inverse);
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && !m[r][c].isZero()) {
                    Q f = m[r][c];
                    for (int j = 0; j < n; j++) {
                        m[r][j] = m[r][j].minus(f.times(m[rank][j]));
                    }
                }
            }
            pivotOfColumn[c] = rank++;
        }
        List<Q[]> basis = new ArrayList<>();
        for (int free = 0; free < n; free++) {
            if (pivotOfColumn[free] >= 0) {
                continue;
            }
            Q[] z = new Q[n];
            java.util.Arrays.fill(z, Q.ZERO);
            z[free] = Q.ONE;
            for (int c = 0; c < n; c++) {
                if (pivotOfColumn[c] >= 0) {
                    z[c] = m[pivotOfColumn[c]][free].negate();
                }
            }
            basis.add(z);
        }
        return basis;
    }

    /** An exact rational number. */
    record Q(BigInteger num, BigInteger den) {
        static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
        static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

        Q {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Q of(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        Q plus(Q o) {
            return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Q minus(Q o) {
            return plus(o.negate());
        }

        Q times(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den));
        }

        Q negate() {
            return new Q(num.negate(), den);
        }

        Q inverse() {
            return new Q(den, num);
        }
    }
}
