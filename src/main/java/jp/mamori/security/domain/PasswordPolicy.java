package jp.mamori.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.mamori.shared.TextRules;

/**
 * Password rules: long enough to resist guessing, not one of the passwords attackers try first
 * (a bundled list, see {@code security/common-passwords.NOTICE.txt}), not a trivial pattern
 * (repetition, sequence, keyboard run), not derived from the username, only visible characters.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;

    private static final String[] KEYBOARD_ROWS = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"};

    private static final class Common {
        static final Set<String> PASSWORDS = load();
    }

    private PasswordPolicy() {
    }

    /** Japanese messages saying what to fix; empty when the password is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("パスワードを入力してください。");
            return problems;
        }
        TextRules.firstForbidden(password, false).ifPresent(v -> problems.add(
                "パスワードに使えない文字（" + v.reason() + "、" + v.position() + "文字目）が含まれています。画面に見える文字だけで入力してください。"));
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("パスワードは" + MIN_LENGTH + "文字以上にしてください（現在" + length + "文字）。");
        }
        if (length > MAX_LENGTH) {
            problems.add("パスワードは" + MAX_LENGTH + "文字以下にしてください。");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("パスワードにユーザー名を含めないでください。");
        }
        int[] cps = lower.codePoints().toArray();
        if (isRepeatedUnit(cps)) {
            problems.add("同じ文字列の繰り返し（例: abcabcabc）は使えません。繰り返さない文字の並びにしてください。");
        } else if (coveredByRuns(cps, 0, cps.length, 3, false)) {
            problems.add("連続した文字（abc、123 など）やキーボードの並び（qwerty、asdf など）、同じ文字の連続だけでできたパスワードは使えません。"
                    + "並びに規則のない文字や、単語の組み合わせにしてください。");
        } else if (isCommon(cps)) {
            problems.add("よく使われるパスワード（それに数字や記号の並びを付け足しただけのものも）は使えません。"
                    + "推測されにくい単語をいくつか組み合わせた、長い合言葉にしてください。");
        } else if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add("使われている文字の種類が少なすぎます。" + MIN_DISTINCT + "種類以上の異なる文字を使ってください。");
        }
        return problems;
    }

    /** On the list as it is, or with leading/trailing digits or symbols stripped that are themselves a pattern. */
    static boolean isCommon(int[] cps) {
        int lead = 0;
        while (lead < cps.length && !Character.isLetter(cps[lead])) {
            lead++;
        }
        int trail = cps.length;
        while (trail > lead && !Character.isLetter(cps[trail - 1])) {
            trail--;
        }
        for (int i = 0; i <= lead; i++) {
            if (!trivialAffix(cps, 0, i)) {
                continue;
            }
            for (int j = cps.length; j >= Math.max(i, trail); j--) {
                if (trivialAffix(cps, j, cps.length) && Common.PASSWORDS.contains(new String(cps, i, j - i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean trivialAffix(int[] cps, int from, int to) {
        return to - from <= 0 || coveredByRuns(cps, from, to, 2, true);
    }

    /** The whole text is one unit written two or more times ("abcdabcdabcd", "守り守り守り"). */
    static boolean isRepeatedUnit(int[] cps) {
        int n = cps.length;
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit != 0) {
                continue;
            }
            boolean repeats = true;
            for (int i = unit; i < n && repeats; i++) {
                repeats = cps[i] == cps[i - unit];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /**
     * The range splits entirely into runs of at least {@code minRun} characters, each a sequence
     * ("abc", "987"), a keyboard run ("qwerty", "lkjh") or one character repeated; with
     * {@code symbolsAlone}, single symbols also count (the "!" of "123!").
     */
    static boolean coveredByRuns(int[] cps, int from, int to, int minRun, boolean symbolsAlone) {
        if (to - from < minRun) {
            return false;
        }
        boolean[] covered = new boolean[to - from + 1];
        covered[to - from] = true;
        for (int i = to - 1; i >= from; i--) {
            if (symbolsAlone && !Character.isLetterOrDigit(cps[i]) && covered[i + 1 - from]) {
                covered[i - from] = true;
                continue;
            }
            int end = runEnd(cps, i, to);
            for (int j = i + minRun; j <= end && !covered[i - from]; j++) {
                covered[i - from] = covered[j - from];
            }
        }
        return covered[0];
    }

    /** The end (exclusive) of the longest run starting at {@code i}. */
    private static int runEnd(int[] cps, int i, int to) {
        int best = i + 1;
        for (int step : new int[]{1, -1}) {
            best = Math.max(best, extend(cps, i, to, (a, b) -> sequential(a, b, step)));
            best = Math.max(best, extend(cps, i, to, (a, b) -> keyboardNeighbours(a, b, step)));
        }
        return Math.max(best, extend(cps, i, to, (a, b) -> a == b));
    }

    private interface Step {
        boolean follows(int previous, int next);
    }

    private static int extend(int[] cps, int i, int to, Step step) {
        int j = i + 1;
        while (j < to && step.follows(cps[j - 1], cps[j])) {
            j++;
        }
        return j;
    }

    private static boolean sequential(int a, int b, int step) {
        boolean letters = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
        boolean digits = a >= '0' && a <= '9' && b >= '0' && b <= '9';
        return (letters || digits) && b - a == step;
    }

    private static boolean keyboardNeighbours(int a, int b, int step) {
        for (String row : KEYBOARD_ROWS) {
            int ia = row.indexOf(a);
            if (ia >= 0 && row.indexOf(b) == ia + step) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            Set<String> set = new HashSet<>(40_000);
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
