package jp.mamori.backup.domain;

import static jp.mamori.backup.domain.Plans.declined;
import static jp.mamori.backup.domain.Plans.plan;
import static jp.mamori.backup.domain.Plans.system;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CostRangeTest {

    @Test
    void theDefaultRatesTimesTheTbTotalGiveTheRange() {
        CostRange r = CostRange.of(plan(300_000, 400_000, system("電子カルテ", "2", Separation.OFFLINE_MEDIA),
                system("PACS", "1.5", Separation.WORM)));
        assertThat(r).isEqualTo(new CostRange(1_050_000, 1_400_000));
    }

    @Test
    void costRangeRoundsToTheYen() {
        // 0.0015 TB × 300,001 = 450.0015 → 450; 0.0015 × 333,333 = 499.9995 → 500 (half up)
        assertThat(CostRange.of(plan(300_001, 333_333, system("検査", "0.0015", Separation.WORM))))
                .isEqualTo(new CostRange(450, 500));
        // exactly half a yen goes up: 0.001 × 500 = 0.5 → 1
        assertThat(CostRange.of(plan(500, 1_500, system("給食", "0.001", Separation.WORM))))
                .isEqualTo(new CostRange(1, 2));
    }

    @Test
    void zeroTbCostsNothing() {
        assertThat(CostRange.of(plan(300_000, 400_000, system("電子カルテ", "0", Separation.OFFLINE_MEDIA))))
                .isEqualTo(new CostRange(0, 0));
        assertThat(CostRange.of(plan(300_000, 400_000))).isEqualTo(new CostRange(0, 0));
    }

    @Test
    void aDeclinedPlanHasNoCostRange() {
        assertThat(CostRange.of(declined(system("電子カルテ", "3", Separation.OFFLINE_MEDIA)))).isNull();
    }

    @Property
    void theLowerEndIsNeverAboveTheUpper(@ForAll @LongRange(min = 0, max = 10_000_000) long min,
                                         @ForAll @LongRange(min = 0, max = 10_000_000) long extra,
                                         @ForAll @LongRange(min = 0, max = 100_000_000) long milliTb) {
        CostRange r = CostRange.of(plan(min, min + extra, system("x", BigDecimal.valueOf(milliTb, 3).toPlainString(), Separation.WORM)));
        assertThat(r.min()).isLessThanOrEqualTo(r.max()).isGreaterThanOrEqualTo(0);
    }
}
