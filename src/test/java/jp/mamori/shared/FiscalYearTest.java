package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void runsFromAprilToMarch() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2025).end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void readsInJapaneseEras() {
        assertThat(FiscalYear.of(2025).japanese()).isEqualTo("令和7年度");
        assertThat(FiscalYear.of(2019).japanese()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).japanese()).isEqualTo("平成30年度");
    }

    @Test
    void formatsDatesInWareki() {
        assertThat(JapaneseDates.wareki(LocalDate.of(2026, 1, 31))).isEqualTo("令和8年1月31日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.withWareki(LocalDate.of(2025, 7, 18))).isEqualTo("2025年7月18日（令和7年）");
    }
}
