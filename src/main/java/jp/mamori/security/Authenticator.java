package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.mamori.security.domain.LockoutPolicy;
import jp.mamori.security.domain.Totp;
import jp.mamori.shared.infrastructure.MamoriProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username, password and (when enrolled) one-time code, counting failures towards the lockout.
 * Used by the login form and the token endpoint alike.
 */
@Component
class Authenticator {

    /** Hash of a random password, compared against when the user is unknown so timing reveals nothing. */
    private final String dummyHash;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LockoutPolicy lockout;
    private final Clock clock;

    Authenticator(UserRepository users, PasswordEncoder encoder, MamoriProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.lockout = new LockoutPolicy(properties.security().maxFailedLogins(), properties.security().lockout());
        this.clock = clock;
        this.dummyHash = encoder.encode("dummy-password-for-timing");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AuthenticationException.class)
    public UserAccount authenticate(String username, String password, String otp) {
        Instant now = clock.instant();
        Optional<UserAccount> found = username == null ? Optional.empty() : users.findByUsername(username.trim());
        if (found.isEmpty()) {
            encoder.matches(password == null ? "" : password, dummyHash);
            throw new BadCredentialsException("ユーザー名またはパスワードが正しくありません。");
        }
        UserAccount user = found.get();
        if (lockout.isLocked(user.lockedUntil(), now)) {
            throw new LockedException("ログインの失敗が続いたため、アカウントを一時的にロックしています。しばらくしてから再度お試しいただくか、管理者に解除を依頼してください。");
        }
        String hash = users.passwordHash(user.id()).orElse(dummyHash);
        if (password == null || !encoder.matches(password, hash)) {
            fail(user, now);
            throw new BadCredentialsException("ユーザー名またはパスワードが正しくありません。");
        }
        if (user.totpEnabled()) {
            String secret = users.totpSecret(user.id()).orElseThrow();
            if (otp == null || otp.isBlank() || !Totp.verify(secret, otp, now)) {
                fail(user, now);
                throw new BadCredentialsException("ワンタイムパスワード（認証アプリの6桁の数字）が正しくありません。");
            }
        }
        if (!user.enabled()) {
            throw new DisabledException("このアカウントは無効になっています。管理者に連絡してください。");
        }
        users.recordSuccess(user.id(), now);
        return user;
    }

    private void fail(UserAccount user, Instant now) {
        int failures = users.recordFailure(user.id());
        Instant until = lockout.lockAfter(failures, now);
        if (until != null) {
            users.lockUntil(user.id(), until);
        }
    }
}
