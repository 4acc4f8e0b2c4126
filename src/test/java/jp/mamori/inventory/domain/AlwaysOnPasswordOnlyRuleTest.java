package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.run;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlwaysOnPasswordOnlyRuleTest {

    final AlwaysOnPasswordOnlyRule rule = new AlwaysOnPasswordOnlyRule();

    @Test
    void anAlwaysOnRemoteMaintenanceLinkWithPasswordOnlyIsHigh() {
        ConnectionPoint p = with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, Authentication.PASSWORD);
        List<Suggestion> s = run(rule, p);
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("ALWAYS_ON_PASSWORD_ONLY");
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.connectionId()).isEqualTo(7L);
            assertThat(x.evidence()).containsEntry("authentication", "PASSWORD").containsEntry("alwaysOn", true);
        });
    }

    @Test
    void anAlwaysOnPartnerLinkWithNoAuthenticationIsHigh() {
        assertThat(run(rule, with(safe(), Purpose.PARTNER_LINK, Line.INTERNET_VPN, true, Authentication.NONE)))
                .singleElement().extracting(Suggestion::severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void anOnDemandLinkRaisesNothing() {
        assertThat(run(rule, with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, false, Authentication.PASSWORD))).isEmpty();
    }

    @Test
    void anUnknownAlwaysOnRaisesNothing() {
        assertThat(run(rule, with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, null, Authentication.PASSWORD))).isEmpty();
    }

    @Test
    void aCertificateOrTwoFactorOrUnknownAuthenticationRaisesNothing() {
        assertThat(run(rule, with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, Authentication.CERTIFICATE),
                with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, Authentication.TWO_FACTOR),
                with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, Authentication.UNKNOWN),
                with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, null))).isEmpty();
    }

    @Test
    void anAlwaysOnInternetLineIsNotThisRule() {
        assertThat(run(rule, with(safe(), Purpose.INTERNET, Line.INTERNET_VPN, true, Authentication.PASSWORD))).isEmpty();
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(rule, disconnected(with(safe(), Purpose.REMOTE_MAINTENANCE, Line.INTERNET_VPN, true, Authentication.PASSWORD))))
                .isEmpty();
    }
}
