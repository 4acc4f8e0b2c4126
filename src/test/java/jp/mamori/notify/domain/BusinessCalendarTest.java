package jp.mamori.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Business days on the real Cabinet Office calendar: Golden Week, the year-end closure, long weekends. */
class BusinessCalendarTest {

    static final BusinessCalendar JAPAN = BusinessCalendar.japan();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void goldenWeek2025HasTheShowaDayAndAFourDayBreakWithASubstituteHoliday() {
        assertThat(JAPAN.isBusinessDay(d("2025-04-28"))).isTrue();
        assertThat(JAPAN.isBusinessDay(d("2025-04-29"))).as("昭和の日 (Tuesday)").isFalse();
        assertThat(JAPAN.holiday(d("2025-04-29"))).contains("昭和の日");
        assertThat(JAPAN.isBusinessDay(d("2025-04-30"))).isTrue();
        assertThat(JAPAN.isBusinessDay(d("2025-05-02"))).isTrue();
        for (String day : new String[]{"2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06"}) {
            assertThat(JAPAN.isBusinessDay(d(day))).as(day).isFalse();
        }
        assertThat(JAPAN.holiday(d("2025-05-06"))).as("substitute holiday for 5/4 falling on Sunday").contains("休日");
        assertThat(JAPAN.isBusinessDay(d("2025-05-07"))).isTrue();
    }

    @Test
    void countsBackOverGoldenWeek() {
        LocalDate deadline = d("2025-05-07");
        assertThat(JAPAN.businessDaysBefore(deadline, 0)).isEqualTo(deadline);
        assertThat(JAPAN.businessDaysBefore(deadline, 1)).isEqualTo(d("2025-05-02"));
        assertThat(JAPAN.businessDaysBefore(deadline, 3)).isEqualTo(d("2025-04-30"));
        assertThat(JAPAN.businessDaysBefore(deadline, 4)).as("skips 4/29").isEqualTo(d("2025-04-28"));
        assertThat(JAPAN.businessDaysBetween(d("2025-04-28"), deadline)).isEqualTo(4);
        assertThat(JAPAN.businessDaysAfter(d("2025-05-02"), 1)).isEqualTo(deadline);
    }

    @Test
    void theYearEndClosureRunsFromDecember29ToJanuary3() {
        assertThat(JAPAN.isBusinessDay(d("2025-12-26"))).as("Friday").isTrue();
        for (LocalDate day = d("2025-12-29"); !day.isAfter(d("2026-01-04")); day = day.plusDays(1)) {
            assertThat(JAPAN.isBusinessDay(day)).as(day.toString()).isFalse();
        }
        assertThat(JAPAN.holiday(d("2025-12-29"))).as("a weekday, closed though not a national holiday").isEmpty();
        assertThat(JAPAN.isBusinessDay(d("2026-01-05"))).isTrue();
        assertThat(JAPAN.businessDaysBefore(d("2026-01-05"), 1)).isEqualTo(d("2025-12-26"));
        assertThat(JAPAN.businessDaysBetween(d("2025-12-26"), d("2026-01-05"))).isEqualTo(1);
        assertThat(JAPAN.businessDaysAfter(d("2025-12-26"), 1)).isEqualTo(d("2026-01-05"));
    }

    @Test
    void aMondayDeadlineAfterAHolidayWeekendIsRemindedOnTheThursdayBefore() {
        LocalDate deadline = d("2026-03-23");
        assertThat(deadline.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(JAPAN.holiday(d("2026-03-20"))).as("Friday").contains("春分の日");
        assertThat(JAPAN.businessDaysBefore(deadline, 1)).isEqualTo(d("2026-03-19"));
        assertThat(JAPAN.businessDaysBefore(deadline, 2)).isEqualTo(d("2026-03-18"));
        assertThat(JAPAN.businessDaysBetween(d("2026-03-19"), deadline)).isEqualTo(1);
    }

    @Test
    void aDeadlineOnTheMondayAfterNewYearGoesBackPastTheClosureAndNewYearsDay() {
        assertThat(JAPAN.businessDaysBefore(d("2027-01-04"), 1)).isEqualTo(d("2026-12-28"));
        assertThat(JAPAN.businessDaysBetween(d("2026-12-28"), d("2027-01-04"))).isEqualTo(1);
    }

    @Test
    void aHolidayMondayIsNotABusinessDayAndTheTuesdayAfterLooksBackToFriday() {
        assertThat(JAPAN.isBusinessDay(d("2025-07-21"))).as("海の日").isFalse();
        assertThat(JAPAN.businessDaysBefore(d("2025-07-22"), 1)).isEqualTo(d("2025-07-18"));
    }

    @Test
    void betweenCountsTheStartAndNotTheEndAndIsAntisymmetric() {
        assertThat(JAPAN.businessDaysBetween(d("2025-07-14"), d("2025-07-14"))).isZero();
        assertThat(JAPAN.businessDaysBetween(d("2025-07-14"), d("2025-07-18"))).isEqualTo(4);
        assertThat(JAPAN.businessDaysBetween(d("2025-07-18"), d("2025-07-14"))).isEqualTo(-4);
        for (int n = 0; n <= 30; n++) {
            LocalDate deadline = d("2025-05-07");
            assertThat(JAPAN.businessDaysBetween(JAPAN.businessDaysBefore(deadline, n), deadline)).isEqualTo(n);
        }
        assertThatThrownBy(() -> JAPAN.businessDaysBefore(d("2025-05-07"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledCalendarCoversThroughTheEndOf2027AndLaterDatesKnowOnlyWeekendsAndTheYearEnd() {
        assertThat(JAPAN.coveredUntil()).isEqualTo(d("2027-12-31"));
        assertThat(JAPAN.isBusinessDay(d("2027-11-23"))).as("勤労感謝の日, the file's last holiday").isFalse();
        assertThat(JAPAN.covers(d("2028-01-04"))).isFalse();
        assertThat(JAPAN.isBusinessDay(d("2028-03-20"))).as("Monday, unknown holiday").isTrue();
        assertThat(JAPAN.isBusinessDay(d("2028-03-18"))).as("Saturday").isFalse();
        assertThat(JAPAN.isBusinessDay(d("2028-12-29"))).as("year-end closure").isFalse();
    }

    @Test
    void readsTheCabinetOfficeFormatWithBomAndCrlfAndRefusesABrokenLine() {
        BusinessCalendar c = BusinessCalendar.parse("\uFEFF国民の祝日・休日月日,国民の祝日・休日名称\r\n2030/1/1,元日\r\n2030/7/15,海の日\r\n");
        assertThat(c.holiday(d("2030-07-15"))).contains("海の日");
        assertThat(c.isBusinessDay(d("2030-07-15"))).isFalse();
        assertThat(c.coveredUntil()).isEqualTo(d("2030-12-31"));
        assertThatThrownBy(() -> BusinessCalendar.parse("国民の祝日・休日月日,国民の祝日・休日名称\n2030/13/1,誤り\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void aCalendarCanBeBuiltFromOtherData() {
        BusinessCalendar c = BusinessCalendar.of(Map.of(d("2025-07-16"), "test"), d("2025-12-31"));
        assertThat(c.isBusinessDay(d("2025-07-16"))).isFalse();
        assertThat(c.businessDaysBefore(d("2025-07-17"), 1)).isEqualTo(d("2025-07-15"));
    }
}
