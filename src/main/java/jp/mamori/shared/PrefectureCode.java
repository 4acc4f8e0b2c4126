package jp.mamori.shared;

import java.text.Normalizer;
import java.util.Objects;

/** 都道府県コード (JIS X 0401): two digits, 01 (北海道) to 47 (沖縄県). */
public record PrefectureCode(String value) implements Comparable<PrefectureCode>, java.io.Serializable {

    public PrefectureCode {
        Objects.requireNonNull(value, "prefecture code");
        if (!isValid(value)) {
            throw new IllegalArgumentException("都道府県コードは01から47の2桁で入力してください: " + value);
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 2 || !Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(1))) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= 1 && n <= 47;
    }

    /** Accepts full-width digits and a single digit ("1" → "01"). */
    public static PrefectureCode parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("都道府県コードがありません");
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).trim();
        if (s.length() == 1) {
            s = "0" + s;
        }
        return new PrefectureCode(s);
    }

    /** A prefecture named in a URL: one that does not exist is a page or resource not found (404), not a failure. */
    public static PrefectureCode inPath(String raw) {
        try {
            return parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("URLの都道府県コード「" + raw + "」はありません。01〜47の2桁で指定してください。");
        }
    }

    public static PrefectureCode of(int n) {
        return new PrefectureCode(String.format("%02d", n));
    }

    public int number() {
        return Integer.parseInt(value);
    }

    @Override
    public int compareTo(PrefectureCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
