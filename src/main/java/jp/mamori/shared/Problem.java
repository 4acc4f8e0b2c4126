package jp.mamori.shared;

/**
 * One thing wrong with an input, in the API's error shape {row, column, code, message}.
 * {@code row} and {@code column} may be null; {@code message} is Japanese and says what to fix.
 */
public record Problem(Integer row, String column, String code, String message) implements java.io.Serializable {

    public static Problem of(String code, String message) {
        return new Problem(null, null, code, message);
    }

    public static Problem field(String column, String code, String message) {
        return new Problem(null, column, code, message);
    }
}
