package jp.mamori.nomination.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as prefectures type them: Excel date cells and serial numbers, 2026/1/31, 2026-01-31,
 * 2026年1月31日, 20260131, and 和暦 (令和8年1月31日, R8.1.31, R8/1/31, 令和元年, 平成). A month alone
 * (2026年1月, 令和8年1月, 令和8年1月末, R8.1) means the last day of that month.
 */
public final class FormDates {

    /** Dates outside this window are typing mistakes (a bed count in a date column, a two-digit year). */
    static final LocalDate EARLIEST = LocalDate.of(1989, 1, 8);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private static final Pattern TIME_SUFFIX = Pattern.compile("^(.*?)\\s+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})$");
    private static final Pattern WESTERN_KANJI = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$");
    private static final Pattern WESTERN_MONTH = Pattern.compile("^(\\d{4})(?:[/.-](\\d{1,2})|年(\\d{1,2})月(?:末|頃|ごろ)?)$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern WAREKI = Pattern.compile(
            "^(令和|平成|[RrHh])(元|\\d{1,2})(?:年(\\d{1,2})月(?:(\\d{1,2})日?|末|頃|ごろ)?|[/.-](\\d{1,2})(?:[/.-](\\d{1,2}))?)$");

    private FormDates() {
    }

    public static Optional<LocalDate> parse(CellInput in, boolean date1904) {
        return switch (in.kind()) {
            case NUMBER -> Optional.ofNullable(fromNumber(in.number(), date1904));
            case TEXT -> parseText(in.text(), date1904);
            default -> Optional.empty();
        };
    }

    static Optional<LocalDate> parseText(String raw, boolean date1904) {
        String s = FormText.normalize(raw);
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        Matcher time = TIME_SUFFIX.matcher(s);
        if (time.matches()) {
            s = time.group(1);
        }
        s = FormText.compact(s);
        LocalDate date = western(s);
        if (date == null) {
            date = wareki(s);
        }
        if (date == null && s.matches("\\d{1,8}")) {
            // A serial or 20260131 stored as text.
            date = fromNumber(Long.parseLong(s), date1904);
        }
        return Optional.ofNullable(plausible(date));
    }

    /** An Excel serial (date cell or plain number in a date column), or 20260131 typed as a number. */
    static LocalDate fromNumber(double d, boolean date1904) {
        if (d == Math.rint(d) && d >= 19000101 && d <= 29991231) {
            Matcher m = COMPACT.matcher(Long.toString((long) d));
            return m.matches() ? plausible(of(m.group(1), m.group(2), m.group(3))) : null;
        }
        return plausible(fromSerial(d, date1904));
    }

    static LocalDate fromSerial(double d, boolean date1904) {
        if (!DateUtil.isValidExcelDate(d) || d < 1 || d >= 2958466) {
            return null;
        }
        try {
            return DateUtil.getLocalDateTime(d, date1904).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate western(String s) {
        Matcher m = WESTERN.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = WESTERN_KANJI.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = WESTERN_MONTH.matcher(s);
        if (m.matches()) {
            return endOfMonth(Integer.parseInt(m.group(1)), m.group(2) != null ? m.group(2) : m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate wareki(String s) {
        Matcher m = WAREKI.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String era = m.group(1);
        int eraYear = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
        if (eraYear < 1) {
            return null;
        }
        // Lenient on era boundaries: 平成31年5月 is still written after the change of era and means 2019.
        int year = (era.equals("令和") || era.equalsIgnoreCase("R") ? 2018 : 1988) + eraYear;
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String day = m.group(3) != null ? m.group(4) : m.group(6);
        if (day == null) {
            return endOfMonth(year, month);
        }
        return of(String.valueOf(year), month, day);
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate endOfMonth(int year, String month) {
        try {
            return YearMonth.of(year, Integer.parseInt(month)).atEndOfMonth();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate date) {
        return date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
    }
}
