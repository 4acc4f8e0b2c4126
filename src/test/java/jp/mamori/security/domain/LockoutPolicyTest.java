package jp.mamori.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    final LockoutPolicy policy = new LockoutPolicy(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    LockoutPolicy.Counter fail(LockoutPolicy.Counter c, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            c = policy.afterFailure(c, at);
        }
        return c;
    }

    @Test
    void fiveFailuresFromOneAddressBlockThatNameFromThatAddress() {
        LockoutPolicy.Counter c = fail(null, 4, T0);
        assertThat(policy.blocks(c, T0)).isFalse();
        c = fail(c, 1, T0);
        assertThat(policy.blocks(c, T0)).isTrue();
        assertThat(policy.blocks(c, T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(policy.blocks(c, T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutElsewhere() {
        // the counters are kept per (username, address): the owner's address has its own, empty one
        LockoutPolicy.Counter attacker = fail(null, 50, T0);
        LockoutPolicy.Counter owner = null;
        assertThat(policy.blocks(attacker, T0)).isTrue();
        assertThat(policy.blocks(owner, T0)).isFalse();
    }

    @Test
    void oneMoreFailureAfterTheLockExpiresStartsCountingAfresh() {
        LockoutPolicy.Counter c = fail(null, 5, T0);
        Instant later = T0.plus(Duration.ofMinutes(16));
        c = fail(c, 1, later);
        assertThat(c.failures()).isEqualTo(1);
        assertThat(policy.blocks(c, later)).isFalse();
        assertThat(policy.blocks(fail(c, 3, later), later)).isFalse();
        assertThat(policy.blocks(fail(c, 4, later), later)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LockoutPolicy.Counter c = fail(null, 4, T0);
        Instant later = T0.plus(Duration.ofMinutes(15));
        c = fail(c, 1, later);
        assertThat(c.failures()).isEqualTo(1);
        assertThat(policy.blocks(c, later)).isFalse();
    }

    @Test
    void failuresWithinTheWindowAddUp() {
        LockoutPolicy.Counter c = fail(null, 2, T0);
        c = fail(c, 3, T0.plus(Duration.ofMinutes(14)));
        assertThat(policy.blocks(c, T0.plus(Duration.ofMinutes(14)))).isTrue();
    }

    @Test
    void oneAddressFailingAcrossManyNamesIsThrottled() {
        LockoutPolicy.Counter address = null;
        for (int i = 0; i < 19; i++) {
            address = policy.afterAddressFailure(address, T0);
        }
        assertThat(policy.blocks(address, T0)).isFalse();
        address = policy.afterAddressFailure(address, T0);
        assertThat(policy.blocks(address, T0)).isTrue();
        assertThat(policy.blocks(address, T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void nothingCountedBlocksNothing() {
        assertThat(policy.blocks(null, T0)).isFalse();
    }
}
