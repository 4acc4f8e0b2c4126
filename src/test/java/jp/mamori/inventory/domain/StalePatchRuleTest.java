package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.TODAY;
import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.run;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.withDevice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StalePatchRuleTest {

    final StalePatchRule rule = new StalePatchRule();
    final Device fortigate = new Device("Fortinet", "FortiGate", "7.0.1", null);

    @Test
    void aPatchExactly180DaysAgoIsNotStale() {
        assertThat(run(rule, withDevice(safe(), fortigate, TODAY.minusDays(180)))).isEmpty();
    }

    @Test
    void aPatch181DaysAgoIsStale() {
        assertThat(run(rule, withDevice(safe(), fortigate, TODAY.minusDays(181)))).singleElement().satisfies(s -> {
            assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(s.evidence()).containsEntry("lastPatchedOn", TODAY.minusDays(181).toString());
        });
    }

    @Test
    void noPatchDateRaises() {
        assertThat(run(rule, withDevice(safe(), fortigate, null))).singleElement()
                .satisfies(s -> assertThat(s.evidence()).containsEntry("lastPatchedOn", null));
    }

    @Test
    void aVendorAloneIsEnoughToAsk() {
        assertThat(run(rule, withDevice(safe(), new Device("Fortinet", null, null, null), null))).hasSize(1);
    }

    @Test
    void aBareAddressRaisesNothing() {
        assertThat(run(rule, withDevice(safe(), new Device(null, null, null, "192.0.2.1"), null))).isEmpty();
    }

    @Test
    void theSameOldPatchDateIsTheSameSuggestionTomorrow() {
        ConnectionPoint p = withDevice(safe(), fortigate, TODAY.minusDays(200));
        Suggestion today = run(rule, p).get(0);
        Suggestion tomorrow = rule.apply(new RuleInput(java.util.List.of(p), java.util.Map.of(), KevLookup.NONE, TODAY.plusDays(1))).get(0);
        assertThat(tomorrow.basis()).isEqualTo(today.basis());
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(rule, disconnected(withDevice(safe(), fortigate, null)))).isEmpty();
    }
}
