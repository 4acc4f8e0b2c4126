package jp.mamori.backup.domain;

import static jp.mamori.backup.domain.Plans.plan;
import static jp.mamori.backup.domain.Plans.system;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void aSoundPlanHasNoProblems() {
        assertThat(PlanRules.check(plan(300_000, 400_000, system("電子カルテ", "2.5", Separation.WORM)))).isEmpty();
    }

    @Test
    void aLowerRateAboveTheUpperIsRefused() {
        assertThat(PlanRules.check(plan(400_001, 400_000))).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("costPerTbMax");
            assertThat(p.message()).contains("上限は下限以上");
        });
    }

    @Test
    void equalRatesAndZeroRatesAreAllowed() {
        assertThat(PlanRules.check(plan(0, 0))).isEmpty();
        assertThat(PlanRules.check(plan(350_000, 350_000))).isEmpty();
    }

    @Test
    void aNegativeRateIsRefused() {
        assertThat(PlanRules.check(plan(-1, 10))).extracting(Problem::column).containsExactly("costPerTbMin");
    }

    @Test
    void eachSystemsProblemsNameItsRowAndField() {
        BackupPlan p = new BackupPlan(List.of(system("a", "1", Separation.WORM),
                new ProtectedSystem(" ", null, new BigDecimal("-0.5"), null, 0, null, 0)), 1, 2, false, null);
        assertThat(PlanRules.check(p)).allMatch(x -> x.row() == 2)
                .extracting(Problem::column).containsExactly("name", "dataTb", "frequency", "generations", "separation", "restoreTargetHours");
    }

    @Test
    void moreThanThreeDecimalsOfATbAreRefusedButTrailingZerosAreNot() {
        assertThat(PlanRules.check(plan(1, 2, system("a", "0.0001", Separation.WORM)))).extracting(Problem::column).containsExactly("dataTb");
        assertThat(PlanRules.check(plan(1, 2, system("a", "1.50000", Separation.WORM)))).isEmpty();
    }
}
