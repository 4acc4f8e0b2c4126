package jp.mamori.nomination.form;

import static jp.mamori.nomination.form.FormBuilder.valid;
import static jp.mamori.nomination.form.FormBuilder.with;
import static jp.mamori.nomination.form.Registry.T1;
import static jp.mamori.nomination.form.Registry.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** Issue item 11: cells go through the one text rule (naming the cell), and sheets beyond Excel's size are refused unread. */
class StoredTextTest {

    final FormReader reader = new FormReader(Registry.standard());

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the file");
    }

    static byte[] withSheetXml(byte[] file, java.util.function.UnaryOperator<String> change) throws Exception {
        String sheet = entry(file, "xl/worksheets/sheet1.xml");
        return HostileFilesTest.rewrite(file, Map.of("xl/worksheets/sheet1.xml", change.apply(sheet).getBytes(StandardCharsets.UTF_8)),
                Map.of());
    }

    @Test
    void anEscapedNulInACellIsRefusedNamingTheRowAndColumn() throws Exception {
        byte[] file = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes();
        String strings = entry(file, "xl/sharedStrings.xml");
        assertThat(strings).contains("都立中央病院");
        byte[] hostile = HostileFilesTest.rewrite(file, Map.of("xl/sharedStrings.xml",
                strings.replace("都立中央病院", "都立_x0000_中央病院").getBytes(StandardCharsets.UTF_8)), Map.of());

        FormResult result = reader.read(hostile, TOKYO, Set.of());
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("病院名");
            assertThat(p.code()).isEqualTo("INVALID_VALUE");
            assertThat(p.message()).contains("2行目").contains("病院名").contains("U+0000").contains("制御文字");
        });
    }

    @Test
    void aNameLongerThanTheColumnAndABidiOverrideInAContactAreRefused() {
        byte[] file = FormBuilder.form().header()
                .row(valid(1, T1, "病".repeat(201), 400))
                .row(with(valid(2, Registry.T2, "都立二病院", 300), FormColumn.CONTACT1_NAME, "山田\u202E郎太"))
                .bytes();
        FormResult result = reader.read(file, TOKYO, Set.of());
        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "病院名"),
                org.assertj.core.groups.Tuple.tuple(3, FormColumn.CONTACT1_NAME.header()));
        assertThat(result.errors().get(0).message()).contains("200文字以内").contains("201文字");
        assertThat(result.errors().get(1).message()).contains("U+202E");
    }

    @Test
    void freeTextKeepsItsLineBreaks() {
        byte[] file = FormBuilder.form().header()
                .row(with(valid(1, T1, "都立中央病院", 400), FormColumn.NOTE, "一行目\n二行目")).bytes();
        FormResult result = reader.read(file, TOKYO, Set.of());
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).note()).isEqualTo("一行目\n二行目");
    }

    @Test
    void aRowNumberBeyondExcelIsRefusedBeforeTheSheetIsLoaded() throws Exception {
        byte[] file = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes();
        byte[] hostile = withSheetXml(file, xml -> xml.replace("</sheetData>",
                "<row r=\"2000000\"><c r=\"A2000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"));
        FormResult result = reader.read(hostile, TOKYO, Set.of());
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("1,048,576行"));
    }

    @Test
    void aDeclaredDimensionBeyondExcelIsRefused() throws Exception {
        byte[] file = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes();
        byte[] hostile = withSheetXml(file, xml -> xml.contains("<dimension")
                ? xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD9999999\"/>")
                : xml.replaceFirst("<sheetData", "<dimension ref=\"A1:XFD9999999\"/><sheetData"));
        FormResult result = reader.read(hostile, TOKYO, Set.of());
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("A1:XFD9999999").contains("上限"));
    }

    @Test
    void aColumnBeyondXfdIsRefused() throws Exception {
        byte[] file = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes();
        byte[] hostile = withSheetXml(file, xml -> xml.replace("</sheetData>",
                "<row r=\"9\"><c r=\"XFE9\"/></row></sheetData>"));
        FormResult result = reader.read(hostile, TOKYO, Set.of());
        assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("XFE9"));
    }
}
