package jp.mamori.dashboard.domain;

import java.util.List;

/**
 * Which unknowns a system of linear equations pins down: x_i is determined exactly when the unit vector e_i lies in
 * the row space, i.e. when a row of the reduced row echelon form has its only non-zero entry at i. Integer
 * arithmetic with exact operations (an overflow throws rather than gives a wrong answer); the tables' matrices
 * have entries 0 and ±1 and are totally unimodular, so the entries stay small after dividing each row by its gcd.
 */
final class LinearDisclosure {

    private LinearDisclosure() {
    }

    /** @param equations coefficient rows, each of length {@code unknowns}; the right-hand sides do not matter. */
    static boolean[] determined(List<long[]> equations, int unknowns) {
        long[][] m = equations.stream().map(long[]::clone).toArray(long[][]::new);
        int[] pivotColumn = new int[m.length];
        int rank = 0;
        for (int c = 0; c < unknowns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length && pivot < 0; r++) {
                if (m[r][c] != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] != 0) {
                    eliminate(m[r], m[rank], c);
                }
            }
            pivotColumn[rank++] = c;
        }
        boolean[] determined = new boolean[unknowns];
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (long v : m[r]) {
                if (v != 0) {
                    nonZero++;
                }
            }
            determined[pivotColumn[r]] = nonZero == 1;
        }
        return determined;
    }

    private static void eliminate(long[] row, long[] pivotRow, int c) {
        long a = pivotRow[c];
        long b = row[c];
        long gcd = 0;
        for (int j = 0; j < row.length; j++) {
            if (row[j] != 0 || pivotRow[j] != 0) {
                row[j] = Math.subtractExact(Math.multiplyExact(a, row[j]), Math.multiplyExact(b, pivotRow[j]));
                gcd = gcd(gcd, Math.abs(row[j]));
            }
        }
        if (gcd > 1) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= gcd;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
