package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.run;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.withControls;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownBeforeSurveyRuleTest {

    final UnknownBeforeSurveyRule rule = new UnknownBeforeSurveyRule();

    @Test
    void aPointTheHospitalDidNotKnowIsMedium() {
        assertThat(run(rule, withControls(safe(), true, true, true, false))).singleElement().satisfies(s -> {
            assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(s.rule()).isEqualTo("UNKNOWN_BEFORE_SURVEY");
            assertThat(s.evidence()).containsEntry("knownBefore", false);
        });
    }

    @Test
    void aKnownPointRaisesNothing() {
        assertThat(run(rule, safe())).isEmpty();
    }

    @Test
    void nobodyKnowingWhetherItWasKnownRaisesNothing() {
        assertThat(run(rule, withControls(safe(), true, true, true, null))).isEmpty();
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(rule, disconnected(withControls(safe(), true, true, true, false)))).isEmpty();
    }
}
