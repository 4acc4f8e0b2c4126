package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HospitalCodeTest {

    @Test
    void normalizesFullWidthDigitsHyphensAndSpaces() {
        assertThat(HospitalCode.parse("０１１０１１２４８９").value()).isEqualTo("0110112489");
        assertThat(HospitalCode.parse("01-1011-2489").value()).isEqualTo("0110112489");
        assertThat(HospitalCode.parse("０１－１０１１－２４８９").value()).isEqualTo("0110112489");
        assertThat(HospitalCode.parse(" 01 1011 2489　").value()).isEqualTo("0110112489");
        assertThat(HospitalCode.parse("01ー1011ー2489").value()).isEqualTo("0110112489");
    }

    @Test
    void refusesWrongLengthLettersAndUnknownPrefecture() {
        assertThat(HospitalCode.tryParse("011011248")).isEmpty();
        assertThat(HospitalCode.tryParse("01101124890")).isEmpty();
        assertThat(HospitalCode.tryParse("01101A2489")).isEmpty();
        assertThat(HospitalCode.tryParse("4810112489")).isEmpty();
        assertThat(HospitalCode.tryParse("0010112489")).isEmpty();
        assertThat(HospitalCode.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> HospitalCode.parse("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10桁");
    }

    @Test
    void prefectureIsTheFirstTwoDigits() {
        assertThat(HospitalCode.parse("1311234567").prefecture()).isEqualTo(new PrefectureCode("13"));
    }

    @Test
    void checkDigitUsesTheFirstNineDigitsOutsideTheCapitalArea() {
        // real codes from the registry
        assertThat(HospitalCode.parse("0110112489").checkDigitMatches()).isTrue();
        assertThat(HospitalCode.parse("0110112480").checkDigitMatches()).isFalse();
    }

    @Test
    void checkDigitUsesSixDigitsAfterTheFeeTableDigitInSaitamaChibaTokyoKanagawa() {
        String six = "123456";
        int digit = HospitalCode.luhnCheckDigit(six);
        HospitalCode code = HospitalCode.parse("131" + six + digit);
        assertThat(code.checkDigitMatches()).isTrue();
        int wrong = (digit + 1) % 10;
        assertThat(HospitalCode.parse("131" + six + wrong).checkDigitMatches()).isFalse();
    }

    @Test
    void luhnMatchesTheTextbookExample() {
        assertThat(HospitalCode.luhnCheckDigit("7992739871")).isEqualTo(3);
    }
}
