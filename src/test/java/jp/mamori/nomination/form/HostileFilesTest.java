package jp.mamori.nomination.form;

import static jp.mamori.nomination.form.FormBuilder.valid;
import static jp.mamori.nomination.form.Registry.T1;
import static jp.mamori.nomination.form.Registry.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files that are not forms, or are built to hurt: each gets one clear Japanese error, never an exception. */
class HostileFilesTest {

    final FormReader reader = new FormReader(Registry.standard());

    FormProblem refused(byte[] file, String code) {
        FormResult result = reader.read(file, TOKYO, Set.of());
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        FormProblem error = result.errors().get(0);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.row()).isNull();
        assertThat(error.message()).isNotBlank().doesNotContain("Exception");
        return error;
    }

    static byte[] validForm() {
        return FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes();
    }

    @Test
    void randomBytes() {
        byte[] junk = new byte[10_000];
        new Random(42).nextBytes(junk);
        assertThat(refused(junk, "NOT_A_WORKBOOK").message()).contains("Excel ブック（.xlsx）として読み込めませんでした");
    }

    @Test
    void emptyBody() {
        assertThat(refused(new byte[0], "NOT_A_WORKBOOK").message()).contains("ファイルが空です");
        assertThat(refused(null, "NOT_A_WORKBOOK").message()).contains("ファイルが空です");
        assertThat(reader.read(new ByteArrayInputStream(new byte[0]), TOKYO, Set.of()).errors())
                .extracting(FormProblem::code).containsExactly("NOT_A_WORKBOOK");
    }

    @Test
    void csv() {
        byte[] csv = ("\uFEFF支援の順位,医療機関コード,病院名\n1,1311234567,都立中央病院\n").getBytes(StandardCharsets.UTF_8);
        assertThat(refused(csv, "NOT_A_WORKBOOK").message()).contains("CSV").contains("Excel ブック (*.xlsx)");
    }

    @Test
    void legacyXlsSaysToSaveAsXlsx() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet(FormLayout.SHEET_NAME).createRow(0).createCell(0).setCellValue("医療機関コード");
            wb.write(out);
            xls = out.toByteArray();
        }
        assertThat(refused(xls, "NOT_A_WORKBOOK").message()).contains(".xls").contains("「Excel ブック (*.xlsx)」を選んで保存し直し");
    }

    @Test
    void passwordProtectedXlsxSaysToRemoveThePassword() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("himitsu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(validForm());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        assertThat(refused(encrypted, "NOT_A_WORKBOOK").message()).contains("パスワード").contains("削除");
    }

    @Test
    void zipBombIsRefusedQuicklyAndCheaply() throws IOException {
        byte[] bomb = rewrite(validForm(), Map.of(), Map.of("xl/media/image1.bin", new byte[100 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long start = System.nanoTime();
        FormProblem error = refused(bomb, "NOT_A_WORKBOOK");

        assertThat(error.message()).contains("展開した後のサイズが上限を超える");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void manySmallEntriesAddingUpToTooMuchAreABombToo() throws IOException {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            extra.put("xl/media/part" + i + ".bin", new byte[30 * 1024 * 1024]);
        }
        assertThat(refused(rewrite(validForm(), Map.of(), extra), "NOT_A_WORKBOOK").message()).contains("展開した後のサイズ");
    }

    @Test
    void poiOwnLimitsAreSetForEveryReader() {
        assertThat(ZipSecureFile.getMaxEntrySize()).isLessThanOrEqualTo(FormLimits.MAX_ENTRY_BYTES);
        assertThat(ZipSecureFile.getMinInflateRatio()).isGreaterThan(0);
    }

    @Test
    void sixteenThousandColumns() {
        FormBuilder form = FormBuilder.form().header();
        Row header = form.sheet().getRow(0);
        for (int c = FormColumn.values().length; c < 16_000; c++) {
            header.createCell(c).setCellValue("列" + c);
        }
        assertThat(refused(form.bytes(), "INVALID_VALUE").message()).contains("列が多すぎます").contains("200列目まで")
                .contains("GS1");
    }

    @Test
    void aValueFarToTheRightOfTheDataIsNamed() {
        FormBuilder form = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400));
        form.sheet().getRow(1).createCell(5_000).setCellValue("x");
        assertThat(refused(form.bytes(), "INVALID_VALUE").message()).contains("GJI2"); // column index 5,000 counted from 0
    }

    @Test
    void aMillionRowsAreRefusedBeforeLoading() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet(FormLayout.SHEET_NAME);
            sheet.createRow(0).createCell(0).setCellValue(FormColumn.HOSPITAL_CODE.header());
            for (int r = 1; r <= 200_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            assertThat(refused(bytes(wb), "INVALID_VALUE").message()).contains("データ行が多すぎます（上限 5,000行）");
        }
    }

    @Test
    void justOverFiveThousandDataRows() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet(FormLayout.SHEET_NAME);
            sheet.createRow(0).createCell(0).setCellValue(FormColumn.HOSPITAL_CODE.header());
            for (int r = 1; r <= FormLimits.MAX_DATA_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue(T1);
            }
            assertThat(refused(bytes(wb), "INVALID_VALUE").message()).contains("5,000病院まで");
        }
    }

    @Test
    void tooManyFormattedEmptyCellsAnywhere() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.createSheet(FormLayout.SHEET_NAME).createRow(0).createCell(0).setCellValue(FormColumn.HOSPITAL_CODE.header());
            Sheet other = wb.createSheet("書式だけ");
            var style = wb.createCellStyle();
            for (int r = 0; r < 11_000; r++) {
                Row row = other.createRow(r);
                for (int c = 0; c < 30; c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            assertThat(refused(bytes(wb), "INVALID_VALUE").message()).contains("セルの数が多すぎます");
        }
    }

    @Test
    void truncatedWorkbook() {
        byte[] form = validForm();
        assertThat(refused(Arrays.copyOf(form, form.length / 2), "NOT_A_WORKBOOK").message()).contains(".xlsx");
    }

    @Test
    void aZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("こんにちは".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(out.toByteArray(), "NOT_A_WORKBOOK");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws IOException {
        byte[] docx = rewrite(validForm(), Map.of("[Content_Types].xml", contentTypes().replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").getBytes(StandardCharsets.UTF_8)),
                Map.of());
        refused(docx, "NOT_A_WORKBOOK");
    }

    @Test
    void billionLaughsInTheSheetXml() throws IOException {
        String laughs = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>";
        byte[] file = rewrite(validForm(), Map.of("xl/worksheets/sheet1.xml", laughs.getBytes(StandardCharsets.UTF_8)), Map.of());
        refused(file, "NOT_A_WORKBOOK");
    }

    @Test
    void aDamagedCellIsAnErrorOfThatCellOnly() {
        FormBuilder form = FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400));
        // A number cell whose stored value is not a number.
        form.sheet().getRow(1).getCell(FormColumn.BEDS.ordinal()).getCTCell().setV("four hundred");
        FormResult result = reader.read(form.bytes(), TOKYO, Set.of());
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("INVALID_VALUE");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("許可病床数");
            assertThat(e.message()).contains("読み取れません");
        });
    }

    private static String contentTypes() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(validForm()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no content types");
    }

    /** The same zip with some entries replaced and some added. */
    static byte[] rewrite(byte[] zipBytes, Map<String, byte[]> replace, Map<String, byte[]> add) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = replace.containsKey(e.getName()) ? replace.get(e.getName()) : in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> extra : add.entrySet()) {
                zip.putNextEntry(new ZipEntry(extra.getKey()));
                zip.write(extra.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(SXSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    @Test
    void theValidFormUsedHereIsAccepted() {
        assertThat(reader.read(validForm(), TOKYO, Set.of()).accepted()).isTrue();
        assertThat(reader.read(new XSSFWorkbookBytes().get(), TOKYO, Set.of()).errors()).extracting(FormProblem::code)
                .containsExactly("SHEET_NOT_FOUND");
    }

    /** An empty workbook: a real .xlsx without the form sheet. */
    private static final class XSSFWorkbookBytes {
        byte[] get() {
            XSSFWorkbook wb = new XSSFWorkbook();
            wb.createSheet("Sheet1");
            return FormBuilder.bytes(wb);
        }
    }
}
