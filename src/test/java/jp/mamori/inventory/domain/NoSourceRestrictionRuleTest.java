package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.run;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.with;
import static jp.mamori.inventory.domain.Points.withControls;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoSourceRestrictionRuleTest {

    final NoSourceRestrictionRule rule = new NoSourceRestrictionRule();

    ConnectionPoint vpn(Boolean restricted) {
        return withControls(with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, false, Authentication.TWO_FACTOR),
                restricted, true, true, true);
    }

    @Test
    void anUnrestrictedInternetVpnIsMedium() {
        assertThat(run(rule, vpn(false))).singleElement().satisfies(s -> {
            assertThat(s.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(s.evidence()).containsEntry("line", "INTERNET_VPN").containsEntry("sourceRestricted", false);
        });
    }

    @Test
    void aRestrictedOrUnknownVpnRaisesNothing() {
        assertThat(run(rule, vpn(true), vpn(null))).isEmpty();
    }

    @Test
    void anUnrestrictedClosedNetworkRaisesNothing() {
        assertThat(run(rule, withControls(safe(), false, true, true, true))).isEmpty();
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(rule, disconnected(vpn(false)))).isEmpty();
    }
}
