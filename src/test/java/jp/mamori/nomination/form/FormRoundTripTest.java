package jp.mamori.nomination.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

class FormRoundTripTest {

    static final PrefectureCode HOKKAIDO = Registry.HOKKAIDO;
    static final String H1 = "0112345678";
    static final String H2 = "0112345679";
    static final String H3 = "0100000011";

    final Registry registry = Registry.standard()
            .with(H2, "函館みなと病院", HOKKAIDO, 150)
            .with(H3, "旭川=中央病院", HOKKAIDO, null);
    final FormHeader header = new FormHeader("令和7年度 医療機関におけるサイバーセキュリティ確保事業", HOKKAIDO, "北海道",
            LocalDate.of(2025, 7, 18));

    static final Contact C1 = new Contact("情報システム課", "山田太郎", "011-123-4567", "yamada@example.jp");
    static final Contact C2 = new Contact("事務部", "佐藤花子", "011-123-4568", "sato@example.jp");
    static final Contact C3 = new Contact("医事課", "鈴木一郎", "090-1234-5678", "suzuki@example.jp");

    /** Every field filled, three contacts, both dates. */
    static NominationRow full(int sheetRow) {
        return new NominationRow(1, HospitalCode.parse(H1), "札幌北病院", 300, EmrStatus.ALL, null, true,
                LocalDate.of(2026, 1, 31), PreviousYearParticipation.WITHDREW_AFTER_PRESURVEY, SupportWanted.BOTH, true,
                "救命救急センター。地域への影響が最も大きい", List.of(C1, C2, C3), "病院長了承済み\n二行目", sheetRow);
    }

    /** Optional fields blank, two contacts. */
    static NominationRow sparse(int sheetRow) {
        return new NominationRow(2, HospitalCode.parse(H2), "函館みなと病院", 150, EmrStatus.PARTIAL, null, false, null,
                PreviousYearParticipation.NONE, SupportWanted.CONNECTION_ONLY, false, null, List.of(C1, C2), null, sheetRow);
    }

    /** EMR planned with its date; text that Excel would take for formulas; unknown beds. */
    static NominationRow formulaLike(int sheetRow) {
        return new NominationRow(3, HospitalCode.parse(H3), "旭川=中央病院", 0, EmrStatus.PLANNED, LocalDate.of(2026, 3, 31),
                false, null, PreviousYearParticipation.WITHDREW, SupportWanted.BACKUP_ONLY, true,
                "=HYPERLINK(\"http://evil.example\",\"click\")", List.of(
                        new Contact("-総務課", "@高橋", "+81-11-123-4567", "takahashi@example.jp"), C2),
                "+1 追記", sheetRow);
    }

    List<NominationRow> rows() {
        int r = FormWriter.FIRST_DATA_ROW;
        return List.of(full(r), sparse(r + 1), formulaLike(r + 2));
    }

    byte[] export(List<NominationRow> rows) {
        return new FormWriter().write(header, rows, registry.of(HOKKAIDO));
    }

    FormResult importBack(byte[] file) {
        return new FormReader(registry).read(file, HOKKAIDO, Set.of());
    }

    @Test
    void exportThenImportGivesExactlyTheSameRows() {
        FormResult result = importBack(export(rows()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.rows()).isEqualTo(rows());
    }

    @Test
    void exportWritesRowsInRankOrderWhateverTheOrderGiven() {
        List<NominationRow> shuffled = List.of(rows().get(2), rows().get(0), rows().get(1));

        FormResult result = importBack(export(shuffled));

        assertThat(result.rows()).isEqualTo(rows());
    }

    @Test
    void aMessyImportExportedAndImportedAgainIsUnchanged() {
        byte[] messy = FormBuilder.form()
                .raw("適当なタイトル").blankRow()
                .header()
                .row(FormBuilder.with(FormBuilder.valid(1, "０１-１２３４-５６７８", "　札幌北病院　", 300),
                        FormColumn.RENEWAL_PLANNED, "有", FormColumn.ONSITE_EXPECTED_BY, "R8.1",
                        FormColumn.CONSENT, true, FormColumn.CONTACT1_PHONE, "（011）123-4567 内線12"))
                .blankRow()
                .row(FormBuilder.with(FormBuilder.valid(2, H2, "函館みなと病院", 150), FormColumn.BEDS, "１５０床",
                        FormColumn.EMR, "導入予定", FormColumn.EMR_PLANNED_DATE, "令和8年3月"))
                .bytes();
        FormResult first = importBack(messy);
        assertThat(first.errors()).isEmpty();

        FormResult second = importBack(export(first.rows()));

        assertThat(second.errors()).isEmpty();
        assertThat(second.rows()).hasSize(2);
        assertThat(second.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sheetRow")
                .isEqualTo(first.rows());
        assertThat(second.rows().get(0).onsiteExpectedBy()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(second.rows().get(0).contacts().get(0).phone()).isEqualTo("(011)123-4567 内線12");
    }

    @Test
    void anEmptyListExportsAFormThatImportsToNothing() {
        FormResult result = importBack(new FormWriter().write(header, List.of(), List.of()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void theExportHasTitleRowsHeaderAndRegistrySheet() throws IOException {
        try (XSSFWorkbook wb = open(export(rows()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("支援対象病院リスト");
            assertThat(wb.getSheetName(1)).isEqualTo("登録病院一覧");
            XSSFSheet form = wb.getSheet(FormLayout.SHEET_NAME);
            assertThat(form.getRow(0).getCell(0).getStringCellValue()).isEqualTo("セキュリティー確保事業支援対象病院リスト");
            assertThat(form.getRow(1).getCell(1).getStringCellValue()).isEqualTo(header.programName());
            assertThat(form.getRow(2).getCell(1).getStringCellValue()).isEqualTo("01");
            assertThat(form.getRow(2).getCell(3).getStringCellValue()).isEqualTo("北海道");
            assertThat(form.getRow(3).getCell(1).getStringCellValue()).isEqualTo("令和7年7月18日");
            assertThat(form.getRow(3).getCell(2).getStringCellValue()).isEqualTo("2025-07-18");

            Row headerRow = form.getRow(FormWriter.HEADER_ROW - 1);
            List<String> headers = new java.util.ArrayList<>();
            headerRow.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("支援の順位", "医療機関コード", "病院名", "許可病床数", "電子カルテ導入状況",
                    "電子カルテ導入予定時期", "院内情報システム更改予定", "現地調査完了見込み時期", "前年度事業の参加状況",
                    "希望する支援内容", "病院の同意", "順位付けの理由",
                    "担当者1所属", "担当者1氏名", "担当者1電話番号", "担当者1メールアドレス",
                    "担当者2所属", "担当者2氏名", "担当者2電話番号", "担当者2メールアドレス",
                    "担当者3所属", "担当者3氏名", "担当者3電話番号", "担当者3メールアドレス", "備考");
            assertThat(wb.getFontAt(headerRow.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(form.getPaneInformation().isFreezePane()).isTrue();
            assertThat(form.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) FormWriter.HEADER_ROW);
            assertThat(form.getColumnWidth(FormColumn.HOSPITAL_NAME.ordinal())).isGreaterThan(form.getColumnWidth(0));

            Sheet hospitals = wb.getSheet(FormLayout.REGISTRY_SHEET_NAME);
            assertThat(hospitals.getRow(0).getCell(0).getStringCellValue()).isEqualTo("医療機関コード");
            assertThat(hospitals.getLastRowNum()).isEqualTo(3);
            assertThat(hospitals.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hospitals.getRow(1).getCell(0).getStringCellValue()).isEqualTo(H3);
            assertThat(hospitals.getRow(2).getCell(1).getStringCellValue()).isEqualTo("札幌北病院");
            assertThat(hospitals.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(300);
        }
    }

    @Test
    void codesAreTextWithLeadingZerosAndDatesAreRealDateCells() throws IOException {
        try (XSSFWorkbook wb = open(export(rows()))) {
            Row first = wb.getSheet(FormLayout.SHEET_NAME).getRow(FormWriter.FIRST_DATA_ROW - 1);
            Cell code = first.getCell(FormColumn.HOSPITAL_CODE.ordinal());
            assertThat(code.getCellType()).isEqualTo(CellType.STRING);
            assertThat(code.getStringCellValue()).isEqualTo("0112345678");
            Cell date = first.getCell(FormColumn.ONSITE_EXPECTED_BY.ordinal());
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy/m/d");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(first.getCell(FormColumn.RANK.ordinal()).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(FormColumn.RENEWAL_PLANNED.ordinal()).getStringCellValue()).isEqualTo("あり");
            assertThat(first.getCell(FormColumn.CONSENT.ordinal()).getStringCellValue()).isEqualTo("済");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsAStringCell() throws IOException {
        try (XSSFWorkbook wb = open(export(rows()))) {
            Row row = wb.getSheet(FormLayout.SHEET_NAME).getRow(FormWriter.FIRST_DATA_ROW + 1);
            for (FormColumn column : List.of(FormColumn.HOSPITAL_NAME, FormColumn.RANK_REASON, FormColumn.CONTACT1_DEPARTMENT,
                    FormColumn.CONTACT1_NAME, FormColumn.CONTACT1_PHONE, FormColumn.NOTE)) {
                Cell cell = row.getCell(column.ordinal());
                assertThat(cell.getCellType()).as(column.header()).isEqualTo(CellType.STRING);
            }
            Cell reason = row.getCell(FormColumn.RANK_REASON.ordinal());
            assertThat(reason.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(reason.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(FormColumn.NOTE.ordinal()).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(FormColumn.CONTACT1_NAME.ordinal()).getStringCellValue()).isEqualTo("@高橋");
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(c.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void choiceColumnsCarryDropDownListsAndTheCodeColumnPointsAtTheRegistrySheet() throws IOException {
        try (XSSFWorkbook wb = open(export(rows()))) {
            XSSFSheet form = wb.getSheet(FormLayout.SHEET_NAME);
            var validations = form.getDataValidations();
            assertThat(validations).hasSize(6);
            var byColumn = new java.util.HashMap<Integer, String[]>();
            validations.forEach(v -> {
                var range = v.getRegions().getCellRangeAddress(0);
                assertThat(range.getFirstRow()).isEqualTo(FormWriter.FIRST_DATA_ROW - 1);
                assertThat(range.getLastRow() - range.getFirstRow()).isGreaterThanOrEqualTo(1_000);
                byColumn.put(range.getFirstColumn(), v.getValidationConstraint().getExplicitListValues());
            });
            assertThat(byColumn.get(FormColumn.EMR.ordinal())).containsExactly("全部導入", "一部導入", "導入予定", "未導入");
            assertThat(byColumn.get(FormColumn.RENEWAL_PLANNED.ordinal())).containsExactly("あり", "なし");
            assertThat(byColumn.get(FormColumn.PREVIOUS_YEAR.ordinal()))
                    .containsExactly("調査完了", "事前調査資料提出後辞退", "辞退", "なし");
            assertThat(byColumn.get(FormColumn.SUPPORT.ordinal()))
                    .containsExactly("両方", "外部接続の検証のみ", "オフラインバックアップのみ");
            assertThat(byColumn.get(FormColumn.CONSENT.ordinal())).containsExactly("済", "未");
            var codes = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == FormColumn.HOSPITAL_CODE.ordinal())
                    .findFirst().orElseThrow();
            assertThat(codes.getValidationConstraint().getFormula1()).isEqualTo("'登録病院一覧'!$A$2:$A$4");
        }
    }

    private static XSSFWorkbook open(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }
}
