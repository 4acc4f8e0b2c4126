package jp.mamori.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** 年度: runs 1 April to 31 March; FY2025 = 令和7年度. */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (year < 1989 || year > 2200) {
            throw new IllegalArgumentException("年度は1989から2200の間で入力してください: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** "令和7年度" (元年 for the first year of an era; FY2019 is 令和元年度 by the government's usage). */
    public String japanese() {
        JapaneseDate jd = JapaneseDate.from(LocalDate.of(year, 12, 31));
        JapaneseEra era = jd.getEra();
        int y = jd.get(ChronoField.YEAR_OF_ERA);
        return JapaneseDates.eraName(era) + (y == 1 ? "元" : String.valueOf(y)) + "年度";
    }

    /** "FY2025". */
    public String english() {
        return "FY" + year;
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(year, o.year);
    }

    @Override
    public String toString() {
        return String.valueOf(year);
    }
}
