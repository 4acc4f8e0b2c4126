package jp.mamori.security.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Password rules: long enough to resist guessing, and not trivially derived from the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "passwordpassword", "123456789012", "qwertyuiopas", "mamorimamori",
            "administrator", "abcdefghijkl", "111111111111", "000000000000", "letmeinletmein");

    private PasswordPolicy() {
    }

    /** Japanese messages saying what to fix; empty when the password is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("パスワードを入力してください。");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("パスワードは" + MIN_LENGTH + "文字以上にしてください（現在" + length + "文字）。");
        }
        if (length > MAX_LENGTH) {
            problems.add("パスワードは" + MAX_LENGTH + "文字以下にしてください。");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("パスワードにユーザー名を含めないでください。");
        }
        if (password.chars().distinct().count() < 4) {
            problems.add("同じ文字の繰り返しではなく、4種類以上の文字を使ってください。");
        }
        if (COMMON.contains(lower)) {
            problems.add("よく使われるパスワードは使えません。");
        }
        return problems;
    }
}
