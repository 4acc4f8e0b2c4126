package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void japaneseTextWithFullWidthSpacesIsAccepted() {
        assertThat(TextRules.checkLine("name", "病院名", "医療法人　守り会　ＡＢＣ病院", 200)).isEmpty();
    }

    @Test
    void aNulIsRefusedWithItsPosition() {
        assertThat(TextRules.checkLine("name", "病院名", "東京\u0000病院", 200))
                .hasValueSatisfying(p -> {
                    assertThat(p.code()).isEqualTo("INVALID_CHARACTER");
                    assertThat(p.message()).contains("病院名の3文字目").contains("U+0000");
                });
    }

    @Test
    void anEscapeByteOfIso2022JpIsRefused() {
        assertThat(TextRules.checkLine("name", "病院名", "\u001b$B El5~ \u001b(B", 200)).isPresent();
    }

    @Test
    void aBidiOverrideAndAZeroWidthSpaceAreRefused() {
        assertThat(TextRules.checkLine("name", "氏名", "abc\u202Egpj.exe", 100)).isPresent();
        assertThat(TextRules.checkLine("name", "氏名", "ab\u200Bc", 100)).isPresent();
    }

    @Test
    void lineBreaksAreAllowedOnlyInMultiLineText() {
        assertThat(TextRules.checkMultiLine("note", "備考", "一行目\r\n二行目\tタブ", 100)).isEmpty();
        assertThat(TextRules.checkLine("name", "病院名", "一行目\n二行目", 100)).isPresent();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String tenEmoji = "𠮷".repeat(10);
        assertThat(TextRules.checkLine("name", "氏名", tenEmoji, 10)).isEmpty();
        assertThat(TextRules.checkLine("name", "氏名", tenEmoji + "a", 10))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("TOO_LONG"));
    }

    @Test
    void aReplacementCharacterFromAWrongDecodingIsRefused() {
        assertThat(TextRules.checkLine("name", "病院名", "東京\uFFFD病院", 200)).isPresent();
    }
}
