package jp.mamori.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;

class HospitalCsvParserTest {

    static final String HEADER = "hospital_code,name,prefecture_code,address,beds,disaster_base,acute_care,emergency\n";

    @Test
    void readsGoodRowsWithQuotesBomAndCrlf() {
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "0110112489,医療法人 愛全病院,01,\"札幌市南区川沿13条2丁目1番38号, 本館\",495,1,0,true\r\n"
                + "\"0110112745\",\"平松記念病院 \"\"新館\"\"\",1,,,false,1,0\r\n";
        HospitalCsvParser.Result r = HospitalCsvParser.parse(csv);
        assertThat(r.errors()).isEmpty();
        assertThat(r.hospitals()).hasSize(2);
        Hospital first = r.hospitals().get(0);
        assertThat(first.address()).isEqualTo("札幌市南区川沿13条2丁目1番38号, 本館");
        assertThat(first.beds()).isEqualTo(495);
        assertThat(first.disasterBase()).isTrue();
        assertThat(first.emergency()).isTrue();
        Hospital second = r.hospitals().get(1);
        assertThat(second.name()).isEqualTo("平松記念病院 \"新館\"");
        assertThat(second.prefecture().value()).isEqualTo("01");
        assertThat(second.beds()).isNull();
        assertThat(second.acuteCare()).isTrue();
    }

    @Test
    void acceptsColumnsInAnyOrderAndFullWidthDigits() {
        String csv = "name,hospital_code,prefecture_code,beds,address,emergency,acute_care,disaster_base\n"
                + "テスト病院,０１-１０１１-２４８９,０１,１２０,住所,0,0,0\n";
        HospitalCsvParser.Result r = HospitalCsvParser.parse(csv);
        assertThat(r.errors()).isEmpty();
        assertThat(r.hospitals().get(0).code().value()).isEqualTo("0110112489");
        assertThat(r.hospitals().get(0).beds()).isEqualTo(120);
    }

    @Test
    void reportsEveryBadRowWithItsLineColumnAndCode() {
        String csv = HEADER
                + "0110112489,良い病院,01,,100,0,0,0\n"          // line 2 ok
                + "01101124,短いコード,01,,100,0,0,0\n"            // line 3 INVALID_HOSPITAL_CODE
                + "0110112745,,01,,100,0,0,0\n"                  // line 4 MISSING_VALUE name
                + "0110113537,県違い,02,,100,0,0,0\n"             // line 5 PREFECTURE_MISMATCH
                + "0110113685,病床,01,,百,0,0,0\n"                // line 6 INVALID_VALUE beds
                + "0110113700,フラグ,01,,10,yes,0,0\n"            // line 7 INVALID_VALUE flag
                + "0110112489,重複,01,,10,0,0,0\n"               // line 8 DUPLICATE_HOSPITAL
                + "0110112490,県なし,99,,10,0,0,0\n"              // line 9 UNKNOWN_PREFECTURE
                + ",コードなし,01,,10,0,0,0\n"                    // line 10 MISSING_VALUE code
                + "0110112500,負,01,,-5,0,0,0\n";                 // line 11 INVALID_VALUE beds
        List<Problem> errors = HospitalCsvParser.parse(csv).errors();
        assertThat(errors).extracting(Problem::row, Problem::column, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "hospital_code", "INVALID_HOSPITAL_CODE"),
                org.assertj.core.groups.Tuple.tuple(4, "name", "MISSING_VALUE"),
                org.assertj.core.groups.Tuple.tuple(5, "prefecture_code", "PREFECTURE_MISMATCH"),
                org.assertj.core.groups.Tuple.tuple(6, "beds", "INVALID_VALUE"),
                org.assertj.core.groups.Tuple.tuple(7, "disaster_base", "INVALID_VALUE"),
                org.assertj.core.groups.Tuple.tuple(8, "hospital_code", "DUPLICATE_HOSPITAL"),
                org.assertj.core.groups.Tuple.tuple(9, "prefecture_code", "UNKNOWN_PREFECTURE"),
                org.assertj.core.groups.Tuple.tuple(10, "hospital_code", "MISSING_VALUE"),
                org.assertj.core.groups.Tuple.tuple(11, "beds", "INVALID_VALUE"));
        assertThat(errors).allSatisfy(p -> assertThat(p.message()).contains(p.row() + "行目"));
    }

    @Test
    void keepsTheFirstLineOfARecordWithALineBreakInsideQuotes() {
        String csv = HEADER + "0110112489,\"二行\n病院\",01,,10,0,0,0\n0110112745,,01,,10,0,0,0\n";
        List<Problem> errors = HospitalCsvParser.parse(csv).errors();
        // a line break is no part of a hospital name (issue item 10); the next record still keeps its own first line
        assertThat(errors).extracting(Problem::row, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "INVALID_CHARACTER"), org.assertj.core.groups.Tuple.tuple(4, "MISSING_VALUE"));
    }

    @Test
    void reportsMissingColumnsOfTheHeader() {
        List<Problem> errors = HospitalCsvParser.parse("hospital_code,name\n0110112489,x\n").errors();
        assertThat(errors).extracting(Problem::code).containsOnly("MISSING_COLUMN");
        assertThat(errors).extracting(Problem::column)
                .containsExactlyInAnyOrder("prefecture_code", "address", "beds", "disaster_base", "acute_care", "emergency");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(HospitalCsvParser.parse("").errors()).extracting(Problem::code).containsExactly("EMPTY_FILE");
    }

    @Test
    void aCheckDigitMismatchIsAWarningNotAnError() {
        HospitalCsvParser.Result r = HospitalCsvParser.parse(HEADER + "0110112480,検査数字違い,01,,10,0,0,0\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.hospitals()).hasSize(1);
        assertThat(r.warnings()).extracting(Problem::code).containsExactly("CHECK_DIGIT_MISMATCH");
    }

    @Test
    void foldsNamesForKanaInsensitiveSearch() {
        assertThat(NameFolding.fold("ｾﾝﾀｰ")).isEqualTo(NameFolding.fold("センター")).isEqualTo(NameFolding.fold("せんたー"));
        assertThat(NameFolding.fold("国立 病院　機構")).isEqualTo("国立病院機構");
        assertThat(NameFolding.fold("ＡＢＣ")).isEqualTo("abc");
    }
}
