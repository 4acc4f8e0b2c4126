package jp.mamori.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsTwelveCharacters() {
        assertThat(PasswordPolicy.problems("taro", "Short-Pw-1")).singleElement()
                .satisfies(m -> assertThat(m).contains("12文字以上"));
        assertThat(PasswordPolicy.problems("taro", "Long-Enough-Pw")).isEmpty();
    }

    @Test
    void refusesTheUsernameRepeatsAndCommonPasswords() {
        assertThat(PasswordPolicy.problems("tokyo-pref", "my-tokyo-pref-pass")).isNotEmpty();
        assertThat(PasswordPolicy.problems("x", "aaaaaaaaaaaaaaa")).isNotEmpty();
        assertThat(PasswordPolicy.problems("x", "password1234")).isNotEmpty();
    }

    @Test
    void countsJapaneseCharactersAsCharacters() {
        assertThat(PasswordPolicy.problems("x", "守り守り守り守り守り守り")).isNotEmpty();
        assertThat(PasswordPolicy.problems("x", "医療機関の安全を守る合言葉です")).isEmpty();
    }

    @Test
    void locksAfterTheLimitAndForTheLockoutOnly() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(policy.lockAfter(4, now)).isNull();
        Instant until = policy.lockAfter(5, now);
        assertThat(until).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.isLocked(until, now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(policy.isLocked(until, until)).isFalse();
    }

    @Test
    void totpMatchesTheRfc6238TestVector() {
        // RFC 6238 appendix B, SHA1 seed "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082
        String secret = Totp.base32("12345678901234567890".getBytes());
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59 + 30))).isTrue();
        assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(59 + 90))).isFalse();
        assertThat(Totp.verify(secret, "28708", Instant.ofEpochSecond(59))).isFalse();
    }
}
