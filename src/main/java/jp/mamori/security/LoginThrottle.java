package jp.mamori.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;

import jp.mamori.security.domain.LockoutPolicy;
import jp.mamori.shared.infrastructure.MamoriProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link LockoutPolicy} counters in PostgreSQL (so they hold across restarts and instances),
 * keyed by the name as typed: an unknown name is counted exactly like a real one.
 */
@Component
@org.springframework.scheduling.annotation.EnableScheduling
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LockoutPolicy policy;
    private final java.time.Clock clock;

    LoginThrottle(JdbcClient jdbc, MamoriProperties properties, java.time.Clock clock,
                  @Value("${mamori.security.max-failed-logins-per-address:20}") int perAddress,
                  @Value("${mamori.security.failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = new LockoutPolicy(properties.security().maxFailedLogins(), perAddress, window,
                properties.security().lockout());
    }

    /** True while this name may not be tried from this address, or this address may not try at all. */
    boolean blocked(String username, String address, Instant now) {
        return policy.blocks(read(nameKey(username, address)), now) || policy.blocks(read(addressKey(address)), now);
    }

    /** Counts a failure; returns until when the name is now blocked from this address, or null. */
    Instant failed(String username, String address, Instant now) {
        count(addressKey(address), null, now, policy::afterAddressFailure);
        return count(nameKey(username, address), name(username), now, policy::afterFailure).lockedUntil();
    }

    void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :k").param("k", nameKey(username, address)).update();
    }

    /** The admin's unlock: every address's counter for this name. */
    void clear(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = :u").param("u", name(username)).update();
    }

    /** Counters whose window and lock have passed mean nothing any more; made-up names must not pile up. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "10m", initialDelayString = "10m")
    void forgetStale() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_throttle WHERE window_start < :cutoff AND (locked_until IS NULL OR locked_until < :now)")
                .param("cutoff", Timestamp.from(now.minus(policy.window()))).param("now", Timestamp.from(now)).update();
    }

    private LockoutPolicy.Counter count(String key, String username, Instant now,
                                        BiFunction<LockoutPolicy.Counter, Instant, LockoutPolicy.Counter> step) {
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, username, failures, window_start) VALUES (:k, :u, 0, :now)
                ON CONFLICT (throttle_key) DO NOTHING""")
                .param("k", key).param("u", username).param("now", Timestamp.from(now)).update();
        // the row lock makes parallel guesses count one after the other
        LockoutPolicy.Counter current = jdbc.sql("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = :k FOR UPDATE")
                .param("k", key).query(LoginThrottle::map).single();
        LockoutPolicy.Counter next = step.apply(current.failures() == 0 ? null : current, now);
        jdbc.sql("UPDATE login_throttle SET failures = :f, window_start = :w, locked_until = :l WHERE throttle_key = :k")
                .param("f", next.failures()).param("w", Timestamp.from(next.windowStart()))
                .param("l", next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()))
                .param("k", key).update();
        return next;
    }

    private LockoutPolicy.Counter read(String key) {
        return jdbc.sql("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = :k")
                .param("k", key).query(LoginThrottle::map).optional().orElse(null);
    }

    private static LockoutPolicy.Counter map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new LockoutPolicy.Counter(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                locked == null ? null : locked.toInstant());
    }

    static String name(String username) {
        String n = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.trim();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private static String nameKey(String username, String address) {
        return "n:" + name(username) + "|" + address(address);
    }

    private static String addressKey(String address) {
        return "a:" + address(address);
    }
}
