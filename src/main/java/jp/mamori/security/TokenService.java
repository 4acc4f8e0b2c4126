package jp.mamori.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jp.mamori.shared.infrastructure.MamoriProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opaque bearer tokens for the API; only their SHA-256 is stored. */
@Service
class TokenService {

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcClient jdbc, UserRepository users, Clock clock, MamoriProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.ttl = properties.security().tokenTtl();
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    IssuedToken issue(UserAccount user) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = "mmr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        jdbc.sql("DELETE FROM api_token WHERE user_id = :u AND expires_at < :now")
                .param("u", user.id()).param("now", Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, created_at, expires_at) VALUES (:h, :u, :c, :e)")
                .param("h", hash(token)).param("u", user.id())
                .param("c", Timestamp.from(now)).param("e", Timestamp.from(expires)).update();
        return new IssuedToken(token, expires);
    }

    /**
     * The account behind a token that is known, unexpired, unrevoked, and whose account is enabled
     * (failed logins elsewhere do not end it: they block a name from an address, not its owner).
     */
    Optional<UserAccount> resolve(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> userId = jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = :h AND NOT revoked AND expires_at > :now")
                .param("h", hash(token)).param("now", Timestamp.from(now)).query(Long.class).optional();
        return userId.flatMap(users::findById).filter(UserAccount::enabled);
    }

    void revokeAll(long userId) {
        jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE user_id = :u").param("u", userId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
