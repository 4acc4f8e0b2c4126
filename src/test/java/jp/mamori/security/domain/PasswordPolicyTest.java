package jp.mamori.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
    void refusesQwerty123456AsAKeyboardRunAndASequence() {
        assertThat(PasswordPolicy.problems("x", "qwerty123456")).isNotEmpty();
    }

    @Test
    void refusesAbcdabcdabcdAsARepeatedUnit() {
        assertThat(PasswordPolicy.problems("x", "abcdabcdabcd")).singleElement()
                .satisfies(m -> assertThat(m).contains("繰り返し"));
    }

    @Test
    void refuses123456789abcAsSequences() {
        assertThat(PasswordPolicy.problems("x", "123456789abc")).singleElement()
                .satisfies(m -> assertThat(m).contains("連続した文字"));
        assertThat(PasswordPolicy.problems("x", "zyxwvu987654")).isNotEmpty();
    }

    @Test
    void refusesANulInside() {
        assertThat(PasswordPolicy.problems("x", "Gh7#kq2\u0000Lm9!xR")).anySatisfy(m -> assertThat(m).contains("制御文字"));
    }

    @Test
    void refusesInvisibleFormatCharacters() {
        assertThat(PasswordPolicy.problems("x", "Gh7#kq2\u200BLm9!xR")).anySatisfy(m -> assertThat(m).contains("見えない文字"));
    }

    @Test
    void refusesKeyboardRunsOfARow() {
        assertThat(PasswordPolicy.problems("x", "asdfghjkl")).anySatisfy(m -> assertThat(m).contains("12文字以上"));
        assertThat(PasswordPolicy.problems("x", "asdfghjkl;'zxcvb")).anySatisfy(m -> assertThat(m).contains("キーボード"));
        assertThat(PasswordPolicy.problems("x", "poiuytrewqlkjh")).anySatisfy(m -> assertThat(m).contains("キーボード"));
    }

    @Test
    void refusesListedPasswordsAsTheyAre() {
        // entries of the bundled zxcvbn list of at least twelve characters
        assertThat(PasswordPolicy.problems("x", "1qaz2wsx3edc")).anySatisfy(m -> assertThat(m).contains("よく使われる"));
        assertThat(PasswordPolicy.problems("x", "Passwordpassword")).isNotEmpty();
    }

    @Test
    void refusesListedPasswordsWithASequenceOrRepetitionAppended() {
        assertThat(PasswordPolicy.problems("x", "password1234")).anySatisfy(m -> assertThat(m).contains("よく使われる"));
        assertThat(PasswordPolicy.problems("x", "Sunshine!!!!")).anySatisfy(m -> assertThat(m).contains("よく使われる"));
        assertThat(PasswordPolicy.problems("x", "123Iloveyou123!")).anySatisfy(m -> assertThat(m).contains("よく使われる"));
    }

    @Test
    void acceptsAListedWordWithSomethingUnpredictableAppended() {
        assertThat(PasswordPolicy.problems("x", "sunshine-K7q#2v")).isEmpty();
    }

    @Test
    void refusesTooFewDistinctCharacters() {
        assertThat(PasswordPolicy.problems("x", "abbaabbbaaab")).anySatisfy(m -> assertThat(m).contains("種類"));
        assertThat(PasswordPolicy.problems("x", "1221!!21!!12")).anySatisfy(m -> assertThat(m).contains("種類"));
    }

    @Test
    void acceptsStrongPasswordsWithShortRunsInside() {
        assertThat(PasswordPolicy.problems("taro", "Xk9#abc-Tq2!vW")).isEmpty();
        assertThat(PasswordPolicy.problems("taro", "correct horse battery staple")).isEmpty();
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
