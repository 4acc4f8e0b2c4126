package jp.mamori.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How long until a deadline day ends in Japan, as people say it: 「あと3日5時間」. */
public final class TimeLeft {

    private TimeLeft() {
    }

    /** The instant a deadline date ends (24:00 that day in {@code zone}). */
    public static Instant endOf(LocalDate deadline, ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** 「あと3日5時間」, 「あと5時間20分」, or 「期限を過ぎています」. */
    public static String japanese(LocalDate deadline, ZoneId zone, Instant now) {
        Duration left = Duration.between(now, endOf(deadline, zone));
        if (left.isNegative() || left.isZero()) {
            return "期限を過ぎています";
        }
        long days = left.toDays();
        if (days > 0) {
            return "あと" + days + "日" + left.toHoursPart() + "時間";
        }
        return "あと" + left.toHoursPart() + "時間" + left.toMinutesPart() + "分";
    }
}
