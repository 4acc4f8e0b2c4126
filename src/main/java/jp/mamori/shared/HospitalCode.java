package jp.mamori.shared;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * 医療機関コード: ten digits, the first two being the prefecture.
 * The check digit is not enforced: real codes fail any single textbook rule
 * (see {@link #checkDigitMatches()}).
 */
public record HospitalCode(String value) implements Comparable<HospitalCode>, java.io.Serializable {

    public HospitalCode {
        Objects.requireNonNull(value, "hospital code");
        if (!value.matches("\\d{10}") || !PrefectureCode.isValid(value.substring(0, 2))) {
            throw new IllegalArgumentException("医療機関コードは先頭2桁が都道府県コードの10桁の数字で入力してください: " + value);
        }
    }

    /**
     * Normalizes what people type: full-width digits, hyphens of every width, spaces.
     * Returns empty when the result is still not a valid code.
     */
    public static Optional<HospitalCode> tryParse(String raw) {
        String s = normalize(raw);
        if (s == null || !s.matches("\\d{10}") || !PrefectureCode.isValid(s.substring(0, 2))) {
            return Optional.empty();
        }
        return Optional.of(new HospitalCode(s));
    }

    public static HospitalCode parse(String raw) {
        return tryParse(raw).orElseThrow(() -> new IllegalArgumentException(
                "医療機関コードは先頭2桁が都道府県コードの10桁の数字で入力してください: " + raw));
    }

    /** NFKC, then drop spaces and every kind of hyphen or dash. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isHyphen(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212' || c == '\u30FC' || c == '\uFF0D' || c == '\uFF70' || c == '\uFE63';
    }

    public PrefectureCode prefecture() {
        return new PrefectureCode(value.substring(0, 2));
    }

    /**
     * Luhn (modulus 10, weights 2-1) over the first nine digits, or for Saitama, Chiba, Tokyo and
     * Kanagawa over the six digits after the fee-table digit. A mismatch is only ever a warning.
     */
    public boolean checkDigitMatches() {
        int pref = prefecture().number();
        String body = (pref >= 11 && pref <= 14) ? value.substring(3, 9) : value.substring(0, 9);
        int expected = luhnCheckDigit(body);
        return expected == value.charAt(9) - '0';
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public int compareTo(HospitalCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
