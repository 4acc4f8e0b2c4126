package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one phone and e-mail rule of the nomination form and the survey case's contacts. */
class ContactFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "0312345678", "090-1234-5678", "09012345678", "(03)1234-5678", "03(1234)5678",
            "０３－１２３４－５６７８", "03 1234 5678", "03-1234-5678 内線123", "03-1234-5678（内線123）", "03-1234-5678 ext.12",
            "+81-3-1234-5678", "+81(0)3-1234-5678", "0120-123-456", "03‐1234‐5678", "03ー1234ー5678"})
    void phones(String phone) {
        assertThat(ContactFormat.isPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234-5678", "03-1234-56789-1", "03-1234-abcd", "電話なし", "+1-212-555-0100", "03-1234-567"})
    void notPhones(String phone) {
        assertThat(ContactFormat.isPhone(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yamada@example.jp", "taro.yamada+it@hospital.example.co.jp", "taro..yamada@docomo.ne.jp",
            "a_b-c@sub-domain.example.com"})
    void emails(String email) {
        assertThat(ContactFormat.isEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yamada", "yamada@", "@example.jp", "yamada@example", "yamada@@example.jp", "山田@example.jp",
            "yamada@example..jp", "yamada@-example.jp", "yamada example@example.jp", "yamada@example.j"})
    void notEmails(String email) {
        assertThat(ContactFormat.isEmail(email)).isFalse();
    }
}
