package jp.mamori.backup.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the plan would cost, in yen: the TB total times each rate. A rate times a decimal TB figure can fall between
 * yen, so each end is rounded to the yen half up (四捨五入), the rounding a hospital's accountant expects.
 */
public record CostRange(long min, long max) {

    /** @return null for a declined plan: no plan, no cost */
    public static CostRange of(BackupPlan plan) {
        if (plan.declined()) {
            return null;
        }
        BigDecimal tb = plan.totalTb();
        return new CostRange(yen(tb, plan.costPerTbMin()), yen(tb, plan.costPerTbMax()));
    }

    private static long yen(BigDecimal tb, long perTb) {
        return tb.multiply(BigDecimal.valueOf(perTb)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
