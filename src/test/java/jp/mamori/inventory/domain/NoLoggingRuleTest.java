package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.run;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.with;
import static jp.mamori.inventory.domain.Points.withControls;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoLoggingRuleTest {

    final NoLoggingRule rule = new NoLoggingRule();

    @Test
    void aRemoteMaintenanceLinkNotLoggedIsMedium() {
        assertThat(run(rule, withControls(safe(), true, false, null, true))).singleElement().satisfies(s -> {
            assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(s.evidence()).containsEntry("logging", false);
        });
    }

    @Test
    void logsNobodyReviewsAreMedium() {
        assertThat(run(rule, withControls(safe(), true, true, false, true))).singleElement()
                .extracting(Suggestion::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void unknownLoggingRaisesNothing() {
        assertThat(run(rule, withControls(safe(), true, null, null, true), safe())).isEmpty();
    }

    @Test
    void anUnloggedInternetLineIsNotThisRule() {
        assertThat(run(rule, withControls(with(safe(), Purpose.INTERNET, Line.INTERNET_VPN, true, null), true, false, false, true))).isEmpty();
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(rule, disconnected(withControls(safe(), true, false, false, true)))).isEmpty();
    }
}
