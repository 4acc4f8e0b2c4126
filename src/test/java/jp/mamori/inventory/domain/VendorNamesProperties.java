package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class VendorNamesProperties {

    @Property
    void normalizingIsIdempotent(@ForAll String any) {
        String once = VendorNames.normalize(any);
        assertThat(VendorNames.normalize(once)).isEqualTo(once);
    }

    @Property
    void normalizingJapaneseTextIsIdempotent(@ForAll @CharRange(from = '\u3000', to = '\u30ff') @CharRange(from = '\uff00', to = '\uffef')
                                             @Chars({'株', '会', '社', '(', ')', ' ', '.'}) @StringLength(max = 20) String any) {
        String once = VendorNames.normalize(any);
        assertThat(VendorNames.normalize(once)).isEqualTo(once);
    }

    @Property
    void widthAndCaseDoNotMatter(@ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z')
                                 @CharRange(from = '0', to = '9') @Chars({' ', '.', ',', '-', '&', '(', ')'})
                                 @StringLength(max = 30) String ascii) {
        String expected = VendorNames.normalize(ascii);
        assertThat(VendorNames.normalize(ascii.toUpperCase())).isEqualTo(expected);
        assertThat(VendorNames.normalize(ascii.toLowerCase())).isEqualTo(expected);
        assertThat(VendorNames.normalize(fullWidth(ascii))).isEqualTo(expected);
        assertThat(VendorNames.normalize(fullWidth(ascii.toUpperCase()))).isEqualTo(expected);
    }

    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c == ' ' ? '\u3000' : (char) (c + 0xFEE0)));
        return out.toString();
    }
}
