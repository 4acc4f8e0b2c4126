package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.mamori.security.domain.Totp;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username, password and (when enrolled) one-time code, counting failures in the
 * {@link LoginThrottle}. Used by the login form and the token endpoint alike. A known and an
 * unknown name take the same path (same answers, same counting, a hash compared either way).
 */
@Component
class Authenticator {

    static final String LOCKED = "ログインの失敗が続いたため、このユーザー名でのログインを一時的にロックしています。"
            + "15分ほど待ってから再度お試しいただくか、管理者に解除を依頼してください。";
    static final String BAD = "ユーザー名またはパスワードが正しくありません。";

    /** Hash of a random password, compared against when the user is unknown so timing reveals nothing. */
    private final String dummyHash;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Clock clock;

    Authenticator(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = encoder.encode("dummy-password-for-timing");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AuthenticationException.class)
    public UserAccount authenticate(String username, String password, String otp, String address) {
        Instant now = clock.instant();
        if (throttle.blocked(username, address, now)) {
            throw new LockedException(LOCKED);
        }
        Optional<UserAccount> found = username == null ? Optional.empty() : users.findByUsername(username.trim());
        String hash = found.flatMap(u -> users.passwordHash(u.id())).orElse(dummyHash);
        boolean passwordOk = encoder.matches(password == null ? "" : password, hash);
        if (found.isEmpty() || !passwordOk) {
            failed(username, address, found, now);
            throw new BadCredentialsException(BAD);
        }
        UserAccount user = found.get();
        if (user.totpEnabled()) {
            String secret = users.totpSecret(user.id()).orElseThrow();
            if (otp == null || otp.isBlank() || !Totp.verify(secret, otp, now)) {
                failed(username, address, found, now);
                throw new BadCredentialsException("ワンタイムパスワード（認証アプリの6桁の数字）が正しくありません。");
            }
        }
        if (!user.enabled()) {
            throw new DisabledException("このアカウントは無効になっています。管理者に連絡してください。");
        }
        throttle.succeeded(username, address);
        users.recordSuccess(user.id(), now);
        return user;
    }

    /**
     * A wrong password or code of a signed-in user (changing the password, turning off the second
     * factor): counted like a failed login, and refused while the name is blocked from this address.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countFailure(UserAccount user, String address) {
        failed(user.username(), address, Optional.of(user), clock.instant());
    }

    boolean blocked(UserAccount user, String address) {
        return throttle.blocked(user.username(), address, clock.instant());
    }

    private void failed(String username, String address, Optional<UserAccount> user, Instant now) {
        Instant until = throttle.failed(username, address, now);
        // for the admin's page only: the account is not refused as a whole, only from that address
        user.ifPresent(u -> users.recordFailure(u.id(), until));
    }
}
