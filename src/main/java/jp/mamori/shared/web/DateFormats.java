package jp.mamori.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.JapaneseDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Date helpers for templates (`${@dates.wareki(d)}`): 和暦 and 年度 in Japanese, ISO in English. */
@Component("dates")
public class DateFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Clock clock;

    DateFormats(Clock clock) {
        this.clock = clock;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** 「2026年1月31日（令和8年）」 or 「2026-01-31」. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? date.toString() : JapaneseDates.withWareki(date);
    }

    /** 「令和8年1月31日」 or ISO. */
    public String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? date.toString() : JapaneseDates.wareki(date);
    }

    /** 「令和7年度（2025年度）」 or 「FY2025」. */
    public String fiscalYear(int year) {
        FiscalYear fy = FiscalYear.of(year);
        return english() ? fy.english() : fy.japanese() + "（" + year + "年度）";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(JapaneseDates.TOKYO));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(JapaneseDates.TOKYO));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Time left until the end of a deadline day in Japan, e.g. 「あと3日5時間」; empty once past. */
    public String remaining(LocalDate deadline) {
        if (deadline == null) {
            return "";
        }
        Instant end = deadline.plusDays(1).atStartOfDay(JapaneseDates.TOKYO).toInstant();
        Duration left = Duration.between(clock.instant(), end);
        if (left.isNegative() || left.isZero()) {
            return "";
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (english()) {
            return days > 0 ? days + " d " + hours + " h left" : hours + " h " + minutes + " min left";
        }
        return days > 0 ? "あと" + days + "日" + hours + "時間" : "あと" + hours + "時間" + minutes + "分";
    }

    public String locale() {
        return LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }
}
