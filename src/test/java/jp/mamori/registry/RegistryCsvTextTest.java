package jp.mamori.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jp.mamori.shared.Csv;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Issue item 10 and the CSV half of item 11: what the registry import refuses, before it costs memory. */
class RegistryCsvTextTest {

    static final String HEADER = "hospital_code,name,prefecture_code,address,beds,disaster_base,acute_care,emergency\n";

    static HospitalCsvParser.Result parse(byte[] bytes, Charset charset) {
        try {
            return HospitalCsvParser.parse(Csv.read(bytes, charset, HospitalCsvParser.MAX_LINES));
        } catch (ValidationException e) {
            return new HospitalCsvParser.Result(java.util.List.of(), e.problems(), java.util.List.of());
        }
    }

    @Test
    void aFileSavedAsIso2022JpIsRefusedWithTheRowAndAHintToSaveAsUtf8OrShiftJis() {
        byte[] jis = (HEADER + "0110112489,愛全病院,01,札幌市,100,0,0,0\n").getBytes(Charset.forName("ISO-2022-JP"));
        HospitalCsvParser.Result r = parse(jis, StandardCharsets.UTF_8);
        assertThat(r.hospitals()).isEmpty();
        Problem p = r.errors().get(0);
        assertThat(p.row()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("name");
        assertThat(p.code()).isEqualTo("INVALID_CHARACTER");
        assertThat(p.message()).contains("2行目").contains("U+001B").contains("UTF-8 か Shift_JIS");
    }

    @Test
    void controlBidiAndReplacementCharactersAreRefusedInNameAndAddress() {
        String csv = HEADER
                + "0110112489,愛全\u0000病院,01,,100,0,0,0\n"
                + "0110112745,平松\u202E院病,01,,100,0,0,0\n"
                + "0110113537,病院,01,札幌\uFFFD市,100,0,0,0\n";
        HospitalCsvParser.Result r = HospitalCsvParser.parse(csv);
        assertThat(r.errors()).extracting(Problem::row, Problem::column, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "name", "INVALID_CHARACTER"),
                org.assertj.core.groups.Tuple.tuple(3, "name", "INVALID_CHARACTER"),
                org.assertj.core.groups.Tuple.tuple(4, "address", "INVALID_CHARACTER"));
        assertThat(r.errors().get(0).message()).contains("3文字目").contains("制御文字");
    }

    @Test
    void aNameLongerThanItsColumnIsRefusedCountingCharacters() {
        String name = "𠮷".repeat(201);
        HospitalCsvParser.Result r = HospitalCsvParser.parse(HEADER + "0110112489," + name + ",01,,100,0,0,0\n");
        assertThat(r.errors()).extracting(Problem::code).containsExactly("TOO_LONG");
        assertThat(r.errors().get(0).message()).contains("200文字以内").contains("201文字");
        assertThat(HospitalCsvParser.parse(HEADER + "0110112489," + "𠮷".repeat(200) + ",01,,100,0,0,0\n").errors()).isEmpty();
    }

    @Test
    void undecodableShiftJisNamesItsLine() {
        byte[] good = (HEADER + "0110112489,病院,01,,100,0,0,0\n").getBytes(Charset.forName("Windows-31J"));
        byte[] bad = Arrays.copyOf(good, good.length + 12);
        byte[] tail = "0110112745,".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, bad, good.length, tail.length);
        bad[bad.length - 1] = (byte) 0x81; // a lead byte with nothing after it
        HospitalCsvParser.Result r = parse(bad, Charset.forName("Windows-31J"));
        assertThat(r.errors()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
        assertThat(r.errors().get(0).row()).isEqualTo(3);
        assertThat(r.errors().get(0).message()).contains("3行目");
    }

    @Test
    void tenMillionBlankLinesAreRefusedAfterTheLimitWithoutReadingThemAll() {
        byte[] blank = new byte[10_000_000];
        Arrays.fill(blank, (byte) '\n');
        byte[] file = new byte[HEADER.length() + blank.length];
        System.arraycopy(HEADER.getBytes(StandardCharsets.UTF_8), 0, file, 0, HEADER.length());
        System.arraycopy(blank, 0, file, HEADER.length(), blank.length);
        assertThatThrownBy(() -> Csv.read(file, StandardCharsets.UTF_8, HospitalCsvParser.MAX_LINES))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactly("TOO_MANY_ROWS");
                    assertThat(e.getMessage()).contains("空の行も数えます");
                });
    }

    @Test
    void quotedFieldsBomAndShiftJisStillReadAsBefore() {
        byte[] sjis = ("\uFEFF" + HEADER + "0110112489,\"髙島屋,\"\"記念\"\"\n病院\",01,,100,0,0,0\r\n").getBytes(StandardCharsets.UTF_8);
        var records = Csv.read(sjis, StandardCharsets.UTF_8, 100);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields().get(0)).isEqualTo("hospital_code");
        assertThat(records.get(1).fields().get(1)).isEqualTo("髙島屋,\"記念\"\n病院");
        assertThat(records.get(1).line()).isEqualTo(2);
    }
}
