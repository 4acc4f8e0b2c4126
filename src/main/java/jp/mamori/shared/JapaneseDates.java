package jp.mamori.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** 和暦 formatting: users read dates as 令和8年1月31日. */
public final class JapaneseDates {

    /** Japan's time zone: a deadline date means the end of that day here. */
    public static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

    private JapaneseDates() {
    }

    public static String eraName(JapaneseEra era) {
        if (era == JapaneseEra.REIWA) {
            return "令和";
        }
        if (era == JapaneseEra.HEISEI) {
            return "平成";
        }
        if (era == JapaneseEra.SHOWA) {
            return "昭和";
        }
        if (era == JapaneseEra.TAISHO) {
            return "大正";
        }
        if (era == JapaneseEra.MEIJI) {
            return "明治";
        }
        return era.toString();
    }

    /** "令和8年1月31日" (元年 for the first year of an era). */
    public static String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate jd = JapaneseDate.from(date);
        int y = jd.get(ChronoField.YEAR_OF_ERA);
        return eraName(jd.getEra()) + (y == 1 ? "元" : String.valueOf(y)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "2026年1月31日（令和8年）". */
    public static String withWareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate jd = JapaneseDate.from(date);
        int y = jd.get(ChronoField.YEAR_OF_ERA);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                + eraName(jd.getEra()) + (y == 1 ? "元" : String.valueOf(y)) + "年）";
    }
}
