package jp.mamori.nomination.form;

import java.util.Optional;

/** Whole numbers from number cells or from text (full-width digits, 1,200, an optional unit such as 床). */
final class Numbers {

    /** Larger values are typing mistakes; it also keeps every value inside an int. */
    static final long MAX = 99_999;

    private Numbers() {
    }

    static Optional<Long> whole(CellInput in, String unit) {
        if (in.kind() == CellInput.Kind.NUMBER) {
            double d = in.number();
            return d == Math.rint(d) && Math.abs(d) <= MAX && !in.dateFormatted() ? Optional.of((long) d) : Optional.empty();
        }
        if (in.kind() != CellInput.Kind.TEXT) {
            return Optional.empty();
        }
        String s = FormText.compact(in.text());
        if (unit != null && s.endsWith(unit)) {
            s = s.substring(0, s.length() - unit.length());
        }
        if (s.matches("\\d{1,3}(,\\d{3})+")) {
            s = s.replace(",", "");
        }
        if (!s.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(s);
        return n <= MAX ? Optional.of(n) : Optional.empty();
    }
}
