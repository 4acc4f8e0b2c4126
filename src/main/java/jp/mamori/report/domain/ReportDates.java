package jp.mamori.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jp.mamori.shared.JapaneseDates;

/**
 * Dates in the report read both ways: 和暦 for the hospital's own paperwork, the Western date for the vendors and
 * the ministry's tables (令和8年12月2日（2026-12-02）). Times are Japan time.
 */
public final class ReportDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReportDates() {
    }

    /** "令和8年12月2日（2026-12-02）", empty for no date. */
    public static String both(LocalDate date) {
        return date == null ? "" : JapaneseDates.wareki(date) + "（" + date + "）";
    }

    /** "令和8年12月2日（2026-12-02）14:05" in Japan time, empty for none. */
    public static String both(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var tokyo = at.atZoneSameInstant(JapaneseDates.TOKYO);
        return both(tokyo.toLocalDate()) + " " + TIME.format(tokyo);
    }
}
