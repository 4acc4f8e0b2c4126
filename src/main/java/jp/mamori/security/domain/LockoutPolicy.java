package jp.mamori.security.domain;

import java.time.Duration;
import java.time.Instant;

/** Repeated wrong passwords lock the account for a while, slowing down guessing. */
public record LockoutPolicy(int maxFailures, Duration lockout) {

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock that follows this many consecutive failures, or null while below the limit. */
    public Instant lockAfter(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxFailures ? now.plus(lockout) : null;
    }
}
