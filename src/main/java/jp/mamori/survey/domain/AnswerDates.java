package jp.mamori.survey.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a hospital types it into the questionnaire: 2025-04-01, 2025/4/1, 2025年4月1日, or 和暦 (令和7年4月1日,
 * R7.4.1, 平成31年4月30日, 令和元年5月1日). Already NFKC-normalised (全角 digits become ASCII before this).
 */
public final class AnswerDates {

    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)$");
    private static final Pattern WAREKI = Pattern.compile(
            "^(令和|平成|昭和|[RrHhSs])\\s*(元|\\d{1,2})(?:年(\\d{1,2})月(\\d{1,2})日?|[-/.](\\d{1,2})[-/.](\\d{1,2}))$");

    private AnswerDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("\\s+", "");
        try {
            Matcher m = WESTERN.matcher(s);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
                int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
            }
            m = WAREKI.matcher(s);
            if (m.matches()) {
                JapaneseEra era = switch (m.group(1).toUpperCase()) {
                    case "令和", "R" -> JapaneseEra.REIWA;
                    case "平成", "H" -> JapaneseEra.HEISEI;
                    default -> JapaneseEra.SHOWA;
                };
                int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
                int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
                return Optional.of(LocalDate.from(JapaneseDate.of(era, year, month, day)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 令和7年2月30日, 平成32年: no such day
        }
        return Optional.empty();
    }
}
