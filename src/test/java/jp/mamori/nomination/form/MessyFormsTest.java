package jp.mamori.nomination.form;

import static jp.mamori.nomination.form.FormBuilder.valid;
import static jp.mamori.nomination.form.FormBuilder.with;
import static jp.mamori.nomination.form.Registry.T1;
import static jp.mamori.nomination.form.Registry.T2;
import static jp.mamori.nomination.form.Registry.T3;
import static jp.mamori.nomination.form.Registry.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.mamori.nomination.form.FormBuilder.Cached;
import jp.mamori.nomination.form.FormBuilder.Plain;
import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/** Forms as prefectures really fill them: every one of these must be accepted. */
class MessyFormsTest {

    final Registry registry = Registry.standard();

    FormResult read(FormBuilder form) {
        return new FormReader(registry).read(form.bytes(), TOKYO, Set.of());
    }

    NominationRow single(FormBuilder form) {
        FormResult result = read(form);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(1);
        return result.rows().get(0);
    }

    static FormBuilder oneRow(Map<FormColumn, Object> row) {
        return FormBuilder.form().header().row(row);
    }

    @Test
    void aCleanRowReadsToTypedValues() {
        NominationRow row = single(oneRow(valid(1, T1, "都立中央病院", 400)));

        assertThat(row).isEqualTo(new NominationRow(1, HospitalCode.parse(T1), "都立中央病院", 400, EmrStatus.ALL, null, false,
                null, PreviousYearParticipation.NONE, SupportWanted.BOTH, true, "救急医療の中核", List.of(
                        new Contact("情報システム課", "山田太郎", "03-1234-5678", "yamada@example.jp"),
                        new Contact("事務部", "佐藤花子", "03-1234-5679", "sato@example.jp")),
                null, 2));
    }

    @Test
    void fullWidthDigitsLettersAndSpacesAreNormalized() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RANK, "１",
                FormColumn.HOSPITAL_CODE, "１３１１２３４５６７",
                FormColumn.HOSPITAL_NAME, "　都立中央病院　",
                FormColumn.BEDS, "４００",
                FormColumn.EMR, " 全部導入　",
                FormColumn.CONTACT1_NAME, "　山田　太郎 ",
                FormColumn.CONTACT1_PHONE, "０３－１２３４－５６７８",
                FormColumn.CONTACT1_EMAIL, "ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ")));

        assertThat(row.rank()).isEqualTo(1);
        assertThat(row.hospitalCode().value()).isEqualTo(T1);
        assertThat(row.hospitalName()).isEqualTo("都立中央病院");
        assertThat(row.beds()).isEqualTo(400);
        assertThat(row.emr()).isEqualTo(EmrStatus.ALL);
        assertThat(row.contacts().get(0)).isEqualTo(new Contact("情報システム課", "山田 太郎", "03-1234-5678", "yamada@example.jp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13-1123-4567", "13－1123－4567", "1311-234567", "13 1123 4567", "１３‐１１２３‐４５６７", "1311234567 "})
    void hospitalCodesWithHyphensAndSpaces(String code) {
        assertThat(single(oneRow(with(valid(1, T1, "都立中央病院", 400), FormColumn.HOSPITAL_CODE, code))).hospitalCode().value())
                .isEqualTo(T1);
    }

    @Test
    void numbersStoredAsTextAndCodesStoredAsNumbers() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RANK, "1", FormColumn.BEDS, "400床", FormColumn.HOSPITAL_CODE, 1311234567L)));
        assertThat(row.beds()).isEqualTo(400);
        assertThat(row.hospitalCode().value()).isEqualTo(T1);
    }

    @Test
    void aHokkaidoCodeTypedAsANumberGetsItsLeadingZeroBack() {
        FormResult result = new FormReader(registry).read(oneRow(with(valid(1, Registry.HOKKAIDO_1, "札幌北病院", 300),
                FormColumn.HOSPITAL_CODE, 112345678L, FormColumn.CONTACT1_PHONE, 112345678L)).bytes(), Registry.HOKKAIDO, Set.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).hospitalCode().value()).isEqualTo("0112345678");
        assertThat(result.rows().get(0).contacts().get(0).phone()).isEqualTo("0112345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"あり", "有", "有り", "はい", "○", "〇", "TRUE", "ｔｒｕｅ"})
    void everyYesWordForRenewalAndConsent(String word) {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RENEWAL_PLANNED, word, FormColumn.ONSITE_EXPECTED_BY, "2026/1/31", FormColumn.CONSENT, word)));
        assertThat(row.renewalPlanned()).isTrue();
        assertThat(row.consent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"なし", "無", "無し", "いいえ", "×", "FALSE"})
    void everyNoWordForRenewalAndConsent(String word) {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RENEWAL_PLANNED, word, FormColumn.CONSENT, word)));
        assertThat(row.renewalPlanned()).isFalse();
        assertThat(row.consent()).isFalse();
    }

    @Test
    void consentTakesDoneAndNotYetAndBooleanCellsWork() {
        assertThat(single(oneRow(with(valid(1, T1, "都立中央病院", 400), FormColumn.CONSENT, "未"))).consent()).isFalse();
        assertThat(single(oneRow(with(valid(1, T1, "都立中央病院", 400), FormColumn.CONSENT, "済み"))).consent()).isTrue();
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RENEWAL_PLANNED, true, FormColumn.ONSITE_EXPECTED_BY, "R8.1.31", FormColumn.CONSENT, false)));
        assertThat(row.renewalPlanned()).isTrue();
        assertThat(row.consent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/1/31", "2026-01-31", "2026年1月31日", "令和8年1月31日", "R8.1.31", "R8/1/31", "令和8年1月",
            "令和８年１月", "2026年1月", "20260131", "46053"})
    void everyDateFormatInBothDateColumns(String text) {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.EMR, "導入予定", FormColumn.EMR_PLANNED_DATE, text,
                FormColumn.RENEWAL_PLANNED, "あり", FormColumn.ONSITE_EXPECTED_BY, text)));
        assertThat(row.emrPlannedDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(row.onsiteExpectedBy()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void eraFirstYearAndHeiseiAndMonthOnly() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.EMR, "導入予定", FormColumn.EMR_PLANNED_DATE, "令和元年6月",
                FormColumn.RENEWAL_PLANNED, "あり", FormColumn.ONSITE_EXPECTED_BY, "平成31年4月1日")));
        assertThat(row.emrPlannedDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(row.onsiteExpectedBy()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void excelDateCellsAndPlainSerials() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.EMR, "導入予定", FormColumn.EMR_PLANNED_DATE, LocalDate.of(2026, 3, 31),
                FormColumn.RENEWAL_PLANNED, "あり", FormColumn.ONSITE_EXPECTED_BY, new Plain(46053))));
        assertThat(row.emrPlannedDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(row.onsiteExpectedBy()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aDateInTheOptionalColumnIsKeptEvenWhenNotRequired() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400), FormColumn.EMR_PLANNED_DATE, "R7.4.1")));
        assertThat(row.emr()).isEqualTo(EmrStatus.ALL);
        assertThat(row.emrPlannedDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void formulaCellsGiveTheirCachedValuesAndExternalLinksAreNeverFollowed() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.RANK, new Cached("ROW()-1", 1),
                FormColumn.HOSPITAL_CODE, new Cached("[1]病院台帳!$A$2", T1),
                FormColumn.HOSPITAL_NAME, new Cached("VLOOKUP(B2,'C:\\\\secret\\\\[台帳.xlsx]Sheet1'!$A:$B,2,FALSE)", "都立中央病院"),
                FormColumn.BEDS, new Cached("WEBSERVICE(\"http://attacker.example/x\")", 400),
                FormColumn.EMR, new Cached("IF(TRUE,\"全部導入\")", "全部導入"),
                FormColumn.CONSENT, new Cached("TRUE()", true),
                FormColumn.RENEWAL_PLANNED, new Cached("\"なし\"", "なし"))));

        assertThat(row.rank()).isEqualTo(1);
        assertThat(row.hospitalCode().value()).isEqualTo(T1);
        assertThat(row.hospitalName()).isEqualTo("都立中央病院");
        assertThat(row.beds()).isEqualTo(400);
        assertThat(row.consent()).isTrue();
    }

    @Test
    void aFormulaWithoutCachedValueIsBlankNotZero() {
        FormBuilder form = oneRow(with(valid(1, T1, "都立中央病院", 400), FormColumn.NOTE, "x"));
        var cell = form.sheet().getRow(1).createCell(FormColumn.NOTE.ordinal());
        cell.getCTCell().addNewF().setStringValue("A1");
        assertThat(single(form).note()).isNull();
    }

    @Test
    void columnsInAnyOrderWithTheirOwnExtraColumns() {
        List<FormColumn> reversed = new ArrayList<>(List.of(FormColumn.values()));
        Collections.reverse(reversed);
        Object[] header = new Object[reversed.size() + 2];
        header[0] = "通し番号";
        for (int i = 0; i < reversed.size(); i++) {
            header[i + 1] = reversed.get(i).header();
        }
        header[header.length - 1] = "県の管理メモ";
        List<FormColumn> order = new ArrayList<>();
        order.add(null);
        order.addAll(reversed);
        order.add(null);
        Map<FormColumn, Object> values = valid(1, T1, "都立中央病院", 400);
        Object[] row = new Object[header.length];
        row[0] = 1;
        for (int i = 0; i < reversed.size(); i++) {
            row[i + 1] = values.get(reversed.get(i));
        }
        row[row.length - 1] = "=SUM(A1:A9) ではない、ただのメモ";

        NominationRow read = single(FormBuilder.form().raw(header).raw(row));

        assertThat(read.hospitalCode().value()).isEqualTo(T1);
        assertThat(read.contacts()).hasSize(2);
        assertThat(read.sheetRow()).isEqualTo(2);
    }

    @Test
    void headerTextWithFullWidthDigitsAndLineBreaks() {
        List<FormColumn> columns = List.of(FormColumn.values());
        Object[] header = columns.stream().map(c -> (Object) c.header().replace("1", "１").replace("所属", "\n所属")).toArray();
        assertThat(single(FormBuilder.form().raw(header).columns(columns).row(valid(1, T1, "都立中央病院", 400))).rank())
                .isEqualTo(1);
    }

    @Test
    void titleRowsAboveTheHeaderBlankRowsBetweenAndTrailingFormatting() {
        FormBuilder form = FormBuilder.form()
                .raw("セキュリティー確保事業支援対象病院リスト")
                .raw("事業名", "令和7年度 医療機関におけるサイバーセキュリティ確保事業")
                .raw("都道府県コード", "13", "都道府県名", "東京都")
                .raw("提出期限", "令和7年7月18日")
                .blankRow()
                .header()
                .row(valid(1, T1, "都立中央病院", 400))
                .blankRow().blankRow()
                .row(valid(2, T2, "港区記念病院", 120))
                .raw("", " ", "　")
                .row(valid(3, T3, "新宿総合病院", 250));
        // Excel leaves formatted but empty cells far below the data.
        form.sheet().createRow(500).createCell(3).setCellStyle(form.workbook().createCellStyle());

        FormResult result = read(form);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(NominationRow::sheetRow).containsExactly(7, 10, 12);
        assertThat(result.rows()).extracting(NominationRow::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aRepeatedHeaderRowBelowIsSkipped() {
        FormResult result = read(FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).header()
                .row(valid(2, T2, "港区記念病院", 120)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
    }

    @Test
    void threeContactsAndPhoneVariants() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.CONTACT1_PHONE, "03(1234)5678 内線123",
                FormColumn.CONTACT2_PHONE, "+81-90-1234-5678",
                FormColumn.CONTACT3_DEPARTMENT, "医事課", FormColumn.CONTACT3_NAME, "鈴木一郎",
                FormColumn.CONTACT3_PHONE, 312345678, FormColumn.CONTACT3_EMAIL, "suzuki@example.jp")));
        assertThat(row.contacts()).extracting(Contact::phone).containsExactly("03(1234)5678 内線123", "+81-90-1234-5678",
                "0312345678");
    }

    @Test
    void twoCompleteContactsInSlotsOneAndThreeAreEnough() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.CONTACT2_DEPARTMENT, null, FormColumn.CONTACT2_NAME, null, FormColumn.CONTACT2_PHONE, null,
                FormColumn.CONTACT2_EMAIL, null,
                FormColumn.CONTACT3_DEPARTMENT, "医事課", FormColumn.CONTACT3_NAME, "鈴木一郎",
                FormColumn.CONTACT3_PHONE, "03-1234-0000", FormColumn.CONTACT3_EMAIL, "suzuki@example.jp")));
        assertThat(row.contacts()).extracting(Contact::name).containsExactly("山田太郎", "鈴木一郎");
    }

    @Test
    void optionalColumnsMayBeLeftOutOfTheSheet() {
        List<FormColumn> required = List.of(FormColumn.values()).stream().filter(FormColumn::required).toList();
        NominationRow row = single(FormBuilder.form().header(required).row(valid(1, T1, "都立中央病院", 400)));
        assertThat(row.rankReason()).isNull();
        assertThat(row.note()).isNull();
        assertThat(row.contacts()).hasSize(2);
    }

    @Test
    void choicesAreMatchedWithoutSpaces() {
        NominationRow row = single(oneRow(with(valid(1, T1, "都立中央病院", 400),
                FormColumn.SUPPORT, "外部接続の検証 のみ", FormColumn.PREVIOUS_YEAR, "事前調査資料提出後　辞退")));
        assertThat(row.support()).isEqualTo(SupportWanted.CONNECTION_ONLY);
        assertThat(row.previousYear()).isEqualTo(PreviousYearParticipation.WITHDREW_AFTER_PRESURVEY);
    }

    @Test
    void anEmptyListIsAcceptedAndNothingSelectedIsMissing() {
        FormResult result = read(FormBuilder.form().header());
        assertThat(result.accepted()).isTrue();
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void nameAndBedsMismatchesAreWarningsThatDoNotBlock() {
        FormResult result = read(FormBuilder.form().header()
                .row(valid(1, T1, "都立 中央病院", 400))   // differs only by a space: no warning
                .row(valid(2, T2, "港区記念病院（旧名）", 121))
                .row(valid(3, Registry.T5, "（医）世田谷協同病院", 199))); // NFKC makes the brackets equal

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        assertThat(result.warnings()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "病院名", "NAME_MISMATCH"),
                org.assertj.core.groups.Tuple.tuple(3, "許可病床数", "BEDS_MISMATCH"));
        assertThat(result.warnings().get(0).message()).isEqualTo(
                "3行目「病院名」: 病院名が登録されている名称（港区記念病院）と異なります。医療機関コードと病院名を確認してください。");
    }

    @Test
    void selectedHospitalsStillListedAreFine() {
        FormResult result = new FormReader(registry).read(FormBuilder.form().header().row(valid(1, T1, "都立中央病院", 400)).bytes(),
                TOKYO, Set.of(HospitalCode.parse(T1)));
        assertThat(result.accepted()).isTrue();
    }

    @Test
    void theRegistryIsAskedOnceForTheWholeUpload() {
        FormBuilder form = FormBuilder.form().header();
        for (int i = 0; i < 3; i++) {
            form.row(valid(i + 1, List.of(T1, T2, T3).get(i), List.of("都立中央病院", "港区記念病院", "新宿総合病院").get(i),
                    List.of(400, 120, 250).get(i)));
        }
        new FormReader(registry).read(form.bytes(), TOKYO, Set.of());
        assertThat(registry.findAllCalls).isEqualTo(1);
    }

    @Test
    void readsFromAnInputStreamToo() {
        byte[] bytes = oneRow(valid(1, T1, "都立中央病院", 400)).bytes();
        FormResult result = new FormReader(registry).read(new java.io.ByteArrayInputStream(bytes), TOKYO, Set.of());
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void aSheetNameWithStraySpacesIsFound() {
        FormBuilder form = FormBuilder.sheetNamed(" 支援対象病院リスト ").header().row(valid(1, T1, "都立中央病院", 400));
        form.workbook().createSheet("県の作業用");
        assertThat(single(form).rank()).isEqualTo(1);
    }

    @Test
    void theFormSheetIsFoundAmongOtherSheets() {
        FormBuilder form = FormBuilder.sheetNamed("メモ");
        form.raw("医療機関コード", "これは別シート");
        var sheet = form.workbook().createSheet(FormLayout.SHEET_NAME);
        var h = sheet.createRow(0);
        var r = sheet.createRow(1);
        Map<FormColumn, Object> values = valid(1, T1, "都立中央病院", 400);
        for (FormColumn c : FormColumn.values()) {
            h.createCell(c.ordinal()).setCellValue(c.header());
            Object v = values.get(c);
            if (v instanceof String s) {
                r.createCell(c.ordinal()).setCellValue(s);
            } else if (v instanceof Integer n) {
                r.createCell(c.ordinal()).setCellValue(n);
            }
        }
        assertThat(single(form).rank()).isEqualTo(1);
    }

    @Test
    void aFormulaErrorInAnUnknownColumnIsIgnored() {
        List<FormColumn> columns = new ArrayList<>(List.of(FormColumn.values()));
        Object[] header = new Object[columns.size() + 1];
        Object[] row = new Object[columns.size() + 1];
        Map<FormColumn, Object> values = valid(1, T1, "都立中央病院", 400);
        for (int i = 0; i < columns.size(); i++) {
            header[i] = columns.get(i).header();
            row[i] = values.get(columns.get(i));
        }
        header[columns.size()] = "県メモ";
        row[columns.size()] = new FormBuilder.CachedError("1/0", FormulaError.DIV0);
        assertThat(single(FormBuilder.form().raw(header).raw(row)).rank()).isEqualTo(1);
    }
}
