package jp.mamori.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;

class QuotaSheetTest {

    static final List<BedBand> BANDS = List.of(new BedBand("S", 20, 199), BedBand.from("L", 200));

    @Test
    void writesAndReadsBackTheSameQuotas() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("13", "東京都");
        names.put("27", "大阪府");
        Map<String, ProgramInput.Quota> quotas = Map.of("13", new ProgramInput.Quota("13", 45, Map.of("S", 30, "L", 15)));
        String csv = QuotaSheet.write(BANDS, names, quotas);
        assertThat(csv).startsWith("\uFEFF都道府県コード,都道府県名,対象数,S,L\r\n13,東京都,45,30,15\r\n27,大阪府,,,");
        List<Problem> problems = new ArrayList<>();
        List<ProgramInput.Quota> read = QuotaSheet.read(csv, BANDS, problems);
        assertThat(problems).isEmpty();
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(new ProgramInput.Quota("13", 45, Map.of("S", 30, "L", 15)));
        assertThat(read.get(1)).isEqualTo(new ProgramInput.Quota("27", 0, Map.of("S", 0, "L", 0)));
    }

    @Test
    void takesFullWidthDigitsAndSumsBandsWhenTheQuotaIsBlank() {
        List<Problem> problems = new ArrayList<>();
        List<ProgramInput.Quota> read = QuotaSheet.read("都道府県コード,S,L\n１,１０,５\n", BANDS, problems);
        assertThat(problems).isEmpty();
        assertThat(read).containsExactly(new ProgramInput.Quota("01", 15, Map.of("S", 10, "L", 5)));
    }

    @Test
    void reportsEveryBadLine() {
        List<Problem> problems = new ArrayList<>();
        QuotaSheet.read("都道府県コード,対象数\n13,十\n99,3\n14,\n", List.of(), problems);
        assertThat(problems).extracting(Problem::row, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "INVALID_VALUE"),
                        org.assertj.core.groups.Tuple.tuple(3, "INVALID_VALUE"),
                        org.assertj.core.groups.Tuple.tuple(4, "MISSING_VALUE"));
    }

    @Test
    void needsThePrefectureAndBandColumns() {
        List<Problem> problems = new ArrayList<>();
        QuotaSheet.read("県,数\n13,1\n", BANDS, problems);
        assertThat(problems).extracting(Problem::code).containsOnly("MISSING_COLUMN").hasSize(3);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithCachedFormulaValues() throws Exception {
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("対象数");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("都道府県コード");
            header.createCell(1).setCellValue("対象数");
            var tokyo = sheet.createRow(1);
            tokyo.createCell(0).setCellValue("13");
            tokyo.createCell(1).setCellValue(45);
            var osaka = sheet.createRow(2);
            osaka.createCell(0).setCellValue(27);
            var formula = osaka.createCell(1);
            formula.setCellFormula("20+20");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<Problem> problems = new ArrayList<>();
        assertThat(QuotaWorkbook.isWorkbook(xlsx)).isTrue();
        List<ProgramInput.Quota> read = QuotaSheet.read(QuotaWorkbook.records(xlsx, problems), List.of(), problems);
        assertThat(problems).isEmpty();
        assertThat(read).containsExactly(new ProgramInput.Quota("13", 45, Map.of()), new ProgramInput.Quota("27", 40, Map.of()));
    }

    @Test
    void refusesAnOldOrBrokenWorkbookClearly() throws Exception {
        byte[] xls;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("x");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            xls = out.toByteArray();
        }
        List<Problem> problems = new ArrayList<>();
        QuotaWorkbook.records(xls, problems);
        assertThat(problems).extracting(Problem::code).containsExactly("NOT_A_WORKBOOK");
        assertThat(problems.get(0).message()).contains(".xlsx");
        byte[] broken = java.util.Arrays.copyOf(new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, 200);
        List<Problem> more = new ArrayList<>();
        QuotaWorkbook.records(broken, more);
        assertThat(more).extracting(Problem::code).containsExactly("NOT_A_WORKBOOK");
    }
}
