package jp.mamori.notify.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Japanese business days (営業日) as government offices keep them: Monday to Friday, not a national holiday
 * (国民の祝日・休日, from the Cabinet Office's {@code syukujitsu.csv}), and not the year-end closure 12/29 to 1/3.
 *
 * <p>The Cabinet Office publishes holidays up to the end of the following year; the bundled file's last
 * holiday is 2027-11-23, so it covers every date through 2027-12-31. For later dates only weekends and the
 * year-end closure are known: holidays are not guessed (a new law can move them), so a holiday there counts
 * as a business day, and a warning is logged once. Replace {@code seed/calendar/syukujitsu.csv} with the
 * Cabinet Office's newer file to extend it.
 */
public final class BusinessCalendar {

    public static final String RESOURCE = "/seed/calendar/syukujitsu.csv";

    private static final System.Logger LOG = System.getLogger(BusinessCalendar.class.getName());
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final String HEADER = "国民の祝日・休日月日";

    private final Map<LocalDate, String> holidays;
    private final LocalDate coveredUntil;
    private final AtomicBoolean warned = new AtomicBoolean();

    private BusinessCalendar(Map<LocalDate, String> holidays, LocalDate coveredUntil) {
        this.holidays = Map.copyOf(holidays);
        this.coveredUntil = coveredUntil;
    }

    /** The calendar from the bundled Cabinet Office file, loaded once. */
    public static BusinessCalendar japan() {
        return Bundled.CALENDAR;
    }

    private static final class Bundled {
        static final BusinessCalendar CALENDAR = load();

        private static BusinessCalendar load() {
            try (InputStream in = BusinessCalendar.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("holiday calendar missing from the classpath: " + RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads the Cabinet Office CSV (UTF-8, header {@code 国民の祝日・休日月日,国民の祝日・休日名称}, dates like
     * {@code 1955/1/1}). A line it cannot read stops the load: a silently missing holiday would move deadlines.
     */
    public static BusinessCalendar parse(String csv) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.startsWith(HEADER))) {
                continue;
            }
            String[] cells = line.split(",", 2);
            try {
                LocalDate date = LocalDate.parse(cells[0].strip(), CSV_DATE);
                holidays.put(date, cells.length > 1 ? cells[1].strip() : "");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday calendar line " + (i + 1) + " is not a date: " + line, e);
            }
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("holiday calendar has no holidays");
        }
        LocalDate last = ((TreeMap<LocalDate, String>) holidays).lastKey();
        return new BusinessCalendar(holidays, LocalDate.of(last.getYear(), 12, 31));
    }

    /** A calendar with these holidays, known through {@code coveredUntil} (for tests and other data sources). */
    public static BusinessCalendar of(Map<LocalDate, String> holidays, LocalDate coveredUntil) {
        return new BusinessCalendar(holidays, Objects.requireNonNull(coveredUntil));
    }

    /** The last date whose holidays are known. */
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    public boolean covers(LocalDate date) {
        return !date.isAfter(coveredUntil);
    }

    /** The holiday's name (e.g. 「こどもの日」, 「休日」 for a substitute holiday), if the date is one. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** 12/29 to 1/3: government offices are closed (行政機関の休日に関する法律). */
    public static boolean isYearEndClosure(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return (month == 12 && day >= 29) || (month == 1 && day <= 3);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || isYearEndClosure(date)) {
            return false;
        }
        if (!covers(date)) {
            warnOnce(date);
            return true;
        }
        return !holidays.containsKey(date);
    }

    /**
     * The business day that is {@code n} business days before {@code deadline}: with a Wednesday deadline and
     * n = 1, the Tuesday; with a deadline right after Golden Week, the last business day before it. n = 0 gives
     * the deadline itself.
     */
    public LocalDate businessDaysBefore(LocalDate deadline, int n) {
        requireNotNegative(n);
        LocalDate d = deadline;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The business day that is {@code n} business days after {@code start}; n = 0 gives {@code start}. */
    public LocalDate businessDaysAfter(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate d = start;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * How many business days lie in {@code [from, to)}: from counts if it is one, to does not. So
     * {@code businessDaysBetween(businessDaysBefore(x, n), x) == n}. Negative when {@code to} is before {@code from}.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void warnOnce(LocalDate date) {
        if (warned.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "The holiday calendar ends on " + coveredUntil + " (asked about " + date
                    + "): later dates count only weekends and 12/29-1/3 as closed. Update " + RESOURCE
                    + " from the Cabinet Office's syukujitsu.csv.");
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + n);
        }
    }
}
