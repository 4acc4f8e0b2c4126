package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JapaneseFontTest {

    @Test
    void theFontLoadsFromTheJarAndDisplaysJapanese() {
        var font = JapaneseFont.regular(12);

        assertThat(font.getFamily()).isEqualTo(JapaneseFont.FAMILY);
        assertThat(font.canDisplayUpTo("外部接続構成図　さくら記念病院（ＰＡＣＳ・電子カルテ）インターネットVPN 髙﨑")).isEqualTo(-1);
        assertThat(font.getSize2D()).isEqualTo(12f);
    }

    @Test
    void theFontHasTrueTypeOutlinesSoItCanBeEmbedded() throws IOException {
        byte[] file;
        try (InputStream in = JapaneseFont.open()) {
            file = in.readAllBytes();
        }
        ByteBuffer buffer = ByteBuffer.wrap(file);

        assertThat(buffer.getInt(0)).isEqualTo(0x00010000); // sfnt version of TrueType, not "OTTO"
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < tables; i++) {
            tags.add(new String(file, 12 + 16 * i, 4, StandardCharsets.US_ASCII));
        }
        assertThat(tags).contains("glyf", "loca", "cmap").doesNotContain("CFF ", "CFF2");
    }

    @Test
    void theLicenceShipsWithTheFont() throws IOException {
        try (InputStream in = JapaneseFont.class.getResourceAsStream("/fonts/OFL.txt")) {
            assertThat(in).isNotNull();
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(licence).contains("SIL OPEN FONT LICENSE Version 1.1")
                    .contains("Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'");
        }
    }
}
