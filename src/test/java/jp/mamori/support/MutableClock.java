package jp.mamori.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jp.mamori.shared.JapaneseDates;

/** The application's clock in tests: real time unless a test sets or moves it. Always reset after use. */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration d) {
        Instant f = fixed.get();
        if (f != null) {
            fixed.set(f.plus(d));
        } else {
            offset.updateAndGet(o -> o.plus(d));
        }
    }

    public void reset() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return JapaneseDates.TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f != null ? f : Instant.now().plus(offset.get());
    }
}
