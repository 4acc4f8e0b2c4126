package jp.mamori.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed logins stop further tries. Two counters, never one per account alone, so that an
 * attacker who knows a username cannot keep its owner out and cannot tell real names from unknown:
 * <ul>
 * <li>per username and client address: {@code maxFailures} failures within {@code window} block that
 * name from that address (only) for {@code lockout};</li>
 * <li>per client address, whatever the names: {@code maxFailuresPerAddress} failures within
 * {@code window} block the address for {@code lockout}.</li>
 * </ul>
 * A counter starts afresh once its window or its lock has passed, and a success clears the
 * username-and-address counter (not the address one, or an attacker's own account would reset it).
 */
public record LockoutPolicy(int maxFailures, int maxFailuresPerAddress, Duration window, Duration lockout) {

    /** Failures counted since {@code windowStart}; {@code lockedUntil} null while not blocked. */
    public record Counter(int failures, Instant windowStart, Instant lockedUntil) {
    }

    public boolean blocks(Counter counter, Instant now) {
        return counter != null && counter.lockedUntil() != null && now.isBefore(counter.lockedUntil());
    }

    /** The username-and-address counter after one more failure. */
    public Counter afterFailure(Counter counter, Instant now) {
        return count(counter, maxFailures, now);
    }

    /** The address counter after one more failure. */
    public Counter afterAddressFailure(Counter counter, Instant now) {
        return count(counter, maxFailuresPerAddress, now);
    }

    private Counter count(Counter counter, int limit, Instant now) {
        boolean fresh = counter == null
                || !now.isBefore(counter.windowStart().plus(window))
                || (counter.lockedUntil() != null && !now.isBefore(counter.lockedUntil()));
        Instant start = fresh ? now : counter.windowStart();
        int failures = fresh ? 1 : counter.failures() + 1;
        return new Counter(failures, start, failures >= limit ? now.plus(lockout) : null);
    }
}
