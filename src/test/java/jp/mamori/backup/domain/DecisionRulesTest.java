package jp.mamori.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    @Test
    void anAdoptTodayIsAccepted() {
        assertThat(DecisionRules.check(new Decision(DecisionChoice.ADOPT, TODAY, null), false, TODAY)).isEmpty();
    }

    @Test
    void aDeferNeedsAnUntilAfterTheDecision() {
        assertThat(DecisionRules.check(new Decision(DecisionChoice.DEFER, TODAY, null), false, TODAY))
                .extracting(Problem::column, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("decision.until", "MISSING_VALUE"));
        assertThat(DecisionRules.check(new Decision(DecisionChoice.DEFER, TODAY, TODAY), false, TODAY))
                .extracting(Problem::column, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("decision.until", "INVALID_VALUE"));
        assertThat(DecisionRules.check(new Decision(DecisionChoice.DEFER, TODAY, TODAY.minusDays(1)), false, TODAY)).hasSize(1);
        assertThat(DecisionRules.check(new Decision(DecisionChoice.DEFER, TODAY.minusDays(3), TODAY.plusMonths(6)), false, TODAY)).isEmpty();
    }

    @Test
    void aDecisionDateInTheFutureIsRefused() {
        assertThat(DecisionRules.check(new Decision(DecisionChoice.DECLINE, TODAY.plusDays(1), null), false, TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("decision.decidedOn");
                    assertThat(p.message()).contains("未来の日付");
                });
    }

    @Test
    void aDecisionWithoutChoiceOrDateIsRefusedByTheField() {
        assertThat(DecisionRules.check(new Decision(null, null, null), false, TODAY))
                .extracting(Problem::column).containsExactly("decision.choice", "decision.decidedOn");
    }

    @Test
    void aDecisionOnADeclinedPlanIsRefused() {
        assertThat(DecisionRules.check(new Decision(DecisionChoice.ADOPT, TODAY, null), true, TODAY))
                .singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("decision"));
    }

    @Test
    void takingADecisionBackIsAlwaysAllowed() {
        assertThat(DecisionRules.check(null, true, TODAY)).isEmpty();
    }

    @Test
    void onlyADeferKeepsItsUntil() {
        assertThat(DecisionRules.normalise(new Decision(DecisionChoice.ADOPT, TODAY, TODAY.plusDays(9))).until()).isNull();
        assertThat(DecisionRules.normalise(new Decision(DecisionChoice.DEFER, TODAY, TODAY.plusDays(9))).until()).isEqualTo(TODAY.plusDays(9));
    }
}
