package jp.mamori.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a message again after the mail server refused it or could not be reached: the first retry after
 * {@code firstDelay}, then twice as long each time up to {@code maxDelay}; after {@code maxAttempts} attempts
 * the message is given up (FAILED) and waits for a person to retry it.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy needs maxAttempts >= 1 and 0 < firstDelay <= maxDelay");
        }
    }

    /** 12 attempts: 1, 2, 4, 8, 16, 32 minutes, then hourly (about 7 hours in all). */
    public static RetryPolicy standard() {
        return new RetryPolicy(12, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** What a failed attempt leads to. */
    public record AfterFailure(int attempts, boolean givenUp, Instant nextAttemptAt) {
    }

    /** The delay after the {@code failures}-th failure (1-based), doubling and capped. */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1: " + failures);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** A message already tried {@code attemptsBefore} times has just failed again at {@code now}. */
    public AfterFailure afterFailure(int attemptsBefore, Instant now) {
        int attempts = attemptsBefore + 1;
        if (attempts >= maxAttempts) {
            return new AfterFailure(attempts, true, now);
        }
        return new AfterFailure(attempts, false, now.plus(delayAfter(attempts)));
    }
}
