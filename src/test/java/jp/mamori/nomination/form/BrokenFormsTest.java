package jp.mamori.nomination.form;

import static jp.mamori.nomination.form.FormBuilder.valid;
import static jp.mamori.nomination.form.FormBuilder.with;
import static jp.mamori.nomination.form.Registry.OSAKA_1;
import static jp.mamori.nomination.form.Registry.T1;
import static jp.mamori.nomination.form.Registry.T2;
import static jp.mamori.nomination.form.Registry.T3;
import static jp.mamori.nomination.form.Registry.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mamori.nomination.form.FormBuilder.CachedError;
import jp.mamori.shared.HospitalCode;

/** Forms that must be refused, each with every error found, at the right row and column. */
class BrokenFormsTest {

    final Registry registry = Registry.standard();

    FormResult read(FormBuilder form) {
        return read(form, Set.of());
    }

    FormResult read(FormBuilder form, Set<HospitalCode> selected) {
        FormResult result = new FormReader(registry).read(form.bytes(), TOKYO, selected);
        assertThat(result.hasErrors()).isTrue();
        result.errors().forEach(BrokenFormsTest::assertWellFormed);
        return result;
    }

    static FormBuilder oneRow(Map<FormColumn, Object> row) {
        return FormBuilder.form().header().row(row);
    }

    static Map<FormColumn, Object> good() {
        return valid(1, T1, "都立中央病院", 400);
    }

    /** Every message names its row and column the same way, and the code is one of ours. */
    static void assertWellFormed(FormProblem p) {
        assertThat(Arrays.stream(FormErrorCode.values()).map(FormErrorCode::code)).contains(p.code());
        if (p.row() != null && p.column() != null) {
            assertThat(p.message()).startsWith(p.row() + "行目「" + p.column() + "」: ");
        }
        assertThat(p.message()).doesNotContain("null").doesNotContain("Exception");
    }

    @Test
    void theCodesAreExactlyTheContract() {
        assertThat(Arrays.stream(FormErrorCode.values()).map(FormErrorCode::code)).containsExactly(
                "NOT_A_WORKBOOK", "SHEET_NOT_FOUND", "HEADER_NOT_FOUND", "MISSING_COLUMN", "MISSING_VALUE", "INVALID_VALUE",
                "DUPLICATE_RANK", "DUPLICATE_HOSPITAL", "UNKNOWN_HOSPITAL", "WRONG_PREFECTURE", "CONTACTS_LT_2",
                "INVALID_EMAIL", "INVALID_PHONE", "SELECTED_HOSPITAL_REMOVED", "DEADLINE_PASSED", "FILE_TOO_LARGE",
                "NAME_MISMATCH", "BEDS_MISMATCH");
        assertThat(FormErrorCode.NAME_MISMATCH.isWarning()).isTrue();
        assertThat(FormErrorCode.FILE_TOO_LARGE.isWarning()).isFalse();
        assertThat(FormMessages.deadlinePassed(java.time.LocalDate.of(2025, 7, 18))).startsWith("提出期限（令和7年7月18日）を過ぎている");
    }

    @Test
    void sheetNotFound() {
        FormResult result = read(FormBuilder.sheetNamed("Sheet1").header().row(good()));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SHEET_NOT_FOUND");
            assertThat(e.row()).isNull();
            assertThat(e.message()).contains("「支援対象病院リスト」").contains("「Sheet1」");
        });
    }

    @Test
    void headerNotFound() {
        FormResult result = read(FormBuilder.form().raw("支援の順位", "病院名").raw(1, "都立中央病院"));
        assertThat(result.errors()).extracting(FormProblem::code).containsExactly("HEADER_NOT_FOUND");
        assertThat(result.errors().get(0).message()).contains("先頭50行以内").contains("「医療機関コード」");
    }

    @Test
    void headerBelowRowFiftyIsNotFound() {
        assertThat(read(FormBuilder.form().at(51).header().row(good())).errors()).extracting(FormProblem::code)
                .containsExactly("HEADER_NOT_FOUND");
        assertThat(new FormReader(registry).read(FormBuilder.form().at(50).header().row(good()).bytes(), TOKYO, Set.of())
                .accepted()).isTrue();
    }

    @Test
    void oneMissingColumnErrorPerRequiredColumnAndTheRowsAreStillChecked() {
        FormResult result = read(FormBuilder.form().raw("タイトル")
                .header(FormBuilder.allColumnsExcept(FormColumn.BEDS, FormColumn.CONSENT, FormColumn.CONTACT2_EMAIL))
                .row(with(good(), FormColumn.CONTACT1_EMAIL, "yamada@")));

        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                tuple(2, "許可病床数", "MISSING_COLUMN"),
                tuple(2, "病院の同意", "MISSING_COLUMN"),
                tuple(2, "担当者2メールアドレス", "MISSING_COLUMN"),
                tuple(3, "担当者1メールアドレス", "INVALID_EMAIL"));
        assertThat(result.errors().get(0).message())
                .isEqualTo("2行目「許可病床数」: 見出し行に「許可病床数」の列がありません。見出しを様式どおりの文字で追加してください（列の順序は自由です）。");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void contactThreeColumnsComeAllFourOrNone() {
        List<FormColumn> columns = FormBuilder.allColumnsExcept(FormColumn.CONTACT3_PHONE, FormColumn.CONTACT3_EMAIL);
        FormResult result = read(FormBuilder.form().header(columns).row(good()));
        assertThat(result.errors()).extracting(FormProblem::column, FormProblem::code).containsExactly(
                tuple("担当者3電話番号", "MISSING_COLUMN"), tuple("担当者3メールアドレス", "MISSING_COLUMN"));
    }

    @Test
    void missingValues() {
        FormResult result = read(oneRow(with(good(), FormColumn.RANK, null, FormColumn.HOSPITAL_NAME, "　",
                FormColumn.SUPPORT, null, FormColumn.CONTACT2_PHONE, null)));
        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                tuple(2, "支援の順位", "MISSING_VALUE"),
                tuple(2, "病院名", "MISSING_VALUE"),
                tuple(2, "希望する支援内容", "MISSING_VALUE"),
                tuple(2, "担当者2電話番号", "MISSING_VALUE"));
        assertThat(result.errors().get(0).message()).isEqualTo("2行目「支援の順位」: 値を入力してください。");
        assertThat(result.errors().get(3).message()).contains("担当者2を記入するときは、所属・氏名・電話番号・メールアドレスの4項目すべて");
    }

    @Test
    void datesRequiredByTheRowsOwnAnswers() {
        FormResult result = read(oneRow(with(good(), FormColumn.EMR, "導入予定", FormColumn.RENEWAL_PLANNED, "あり")));
        assertThat(result.errors()).extracting(FormProblem::column, FormProblem::code).containsExactly(
                tuple("電子カルテ導入予定時期", "MISSING_VALUE"), tuple("現地調査完了見込み時期", "MISSING_VALUE"));
        assertThat(result.errors().get(0).message()).contains("「導入予定」のときは");
        assertThat(result.errors().get(1).message()).contains("「あり」のときは");
    }

    @Test
    void aConditionalColumnLeftOutIsReportedWhereItIsNeeded() {
        FormResult result = read(FormBuilder.form().header(FormBuilder.allColumnsExcept(FormColumn.EMR_PLANNED_DATE))
                .row(good())
                .row(with(valid(2, T2, "港区記念病院", 120), FormColumn.EMR, "導入予定")));
        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code)
                .containsExactly(tuple(3, "電子カルテ導入予定時期", "MISSING_VALUE"));
        assertThat(result.errors().get(0).message()).contains("列がありません");
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void aPartlyFilledThirdContactIsMissingItsEmptyCells() {
        FormResult result = read(oneRow(with(good(), FormColumn.CONTACT3_NAME, "鈴木一郎")));
        assertThat(result.errors()).extracting(FormProblem::column, FormProblem::code).containsExactly(
                tuple("担当者3所属", "MISSING_VALUE"), tuple("担当者3電話番号", "MISSING_VALUE"),
                tuple("担当者3メールアドレス", "MISSING_VALUE"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RANK             | 0             | 1以上の整数で入力してください（入力値: 0）
            RANK             | 1.5           | 1以上の整数で入力してください（入力値: 1.5）
            RANK             | 一            | 1以上の整数で入力してください（入力値: 一）
            BEDS             | 二百           | 0以上の整数で入力してください（入力値: 二百）
            BEDS             | -1            | 0以上の整数で入力してください（入力値: -1）
            HOSPITAL_CODE    | 12345         | 10桁の医療機関コード（先頭2桁は都道府県コード）で入力してください（入力値: 12345）
            HOSPITAL_CODE    | 9911234567    | 10桁の医療機関コード（先頭2桁は都道府県コード）で入力してください（入力値: 9911234567）
            EMR              | 導入済み        | 次のいずれかを選んでください: 全部導入／一部導入／導入予定／未導入（入力値: 導入済み）
            RENEWAL_PLANNED  | 未定           | 次のいずれかを選んでください: あり／なし（入力値: 未定）
            PREVIOUS_YEAR    | 参加           | 次のいずれかを選んでください: 調査完了／事前調査資料提出後辞退／辞退／なし（入力値: 参加）
            SUPPORT          | 全部           | 次のいずれかを選んでください: 両方／外部接続の検証のみ／オフラインバックアップのみ（入力値: 全部）
            CONSENT          | たぶん          | 次のいずれかを選んでください: 済／未（入力値: たぶん）
            EMR_PLANNED_DATE | 来年度中        | 日付として読み取れません。2026/1/31、2026年1月31日、令和8年1月31日、R8.1.31、令和8年1月 などの形式で入力してください（入力値: 来年度中）
            ONSITE_EXPECTED_BY | 2026/2/30   | 日付として読み取れません。2026/1/31、2026年1月31日、令和8年1月31日、R8.1.31、令和8年1月 などの形式で入力してください（入力値: 2026/2/30）
            """)
    void invalidValues(FormColumn column, String value, String message) {
        FormResult result = read(oneRow(with(good(), column, value)));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("INVALID_VALUE");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(column.header());
            assertThat(e.message()).isEqualTo("2行目「" + column.header() + "」: " + message);
        });
    }

    @Test
    void numbersWhereTextIsExpectedAndFormulaErrors() {
        FormResult result = read(oneRow(with(good(), FormColumn.BEDS, new CachedError("[1]台帳!C2", FormulaError.REF),
                FormColumn.EMR, 1, FormColumn.RANK, 2.5)));
        assertThat(result.errors()).extracting(FormProblem::column, FormProblem::code).containsExactly(
                tuple("支援の順位", "INVALID_VALUE"), tuple("許可病床数", "INVALID_VALUE"), tuple("電子カルテ導入状況", "INVALID_VALUE"));
        assertThat(result.errors().get(1).message()).isEqualTo(
                "2行目「許可病床数」: 数式の結果がエラー（#REF!）です。数式ではなく値を直接入力してください。");
    }

    @Test
    void duplicateRanksAndHospitals() {
        FormResult result = read(FormBuilder.form().header()
                .row(good())
                .row(valid(2, T2, "港区記念病院", 120))
                .row(valid(2, T1, "都立中央病院", 400)));
        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                tuple(4, "支援の順位", "DUPLICATE_RANK"), tuple(4, "医療機関コード", "DUPLICATE_HOSPITAL"));
        assertThat(result.errors().get(0).message()).isEqualTo(
                "4行目「支援の順位」: 支援の順位 2 は 3行目と重複しています。順位は病院ごとに異なる番号にしてください。");
        assertThat(result.errors().get(1).message()).contains("1311234567 は 2行目と重複");
    }

    @Test
    void unknownHospitalAndWrongPrefecture() {
        FormResult result = read(FormBuilder.form().header()
                .row(valid(1, "1399999999", "謎の病院", 100))
                .row(valid(2, OSAKA_1, "大阪中央病院", 500)));
        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                tuple(2, "医療機関コード", "UNKNOWN_HOSPITAL"), tuple(3, "医療機関コード", "WRONG_PREFECTURE"));
        assertThat(result.errors().get(1).message()).isEqualTo(
                "3行目「医療機関コード」: 医療機関コード 2711234567（大阪中央病院）は他の都道府県（27）の病院です。"
                        + "この都道府県（13）の病院だけを記入してください。");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void fewerThanTwoContacts() {
        FormResult result = read(oneRow(with(good(), FormColumn.CONTACT2_DEPARTMENT, null, FormColumn.CONTACT2_NAME, null,
                FormColumn.CONTACT2_PHONE, null, FormColumn.CONTACT2_EMAIL, null)));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("CONTACTS_LT_2");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isNull();
            assertThat(e.message()).startsWith("2行目: 担当者を2名以上").contains("現在 1名");
        });
    }

    @Test
    void noContactAtAll() {
        FormResult result = read(oneRow(with(good(), FormColumn.CONTACT1_DEPARTMENT, null, FormColumn.CONTACT1_NAME, null,
                FormColumn.CONTACT1_PHONE, null, FormColumn.CONTACT1_EMAIL, null, FormColumn.CONTACT2_DEPARTMENT, null,
                FormColumn.CONTACT2_NAME, null, FormColumn.CONTACT2_PHONE, null, FormColumn.CONTACT2_EMAIL, null)));
        assertThat(result.errors()).extracting(FormProblem::code).containsExactly("CONTACTS_LT_2");
        assertThat(result.errors().get(0).message()).contains("現在 0名");
    }

    @Test
    void badEmailAndPhone() {
        FormResult result = read(oneRow(with(good(), FormColumn.CONTACT1_EMAIL, "yamada＠example", FormColumn.CONTACT2_PHONE,
                "1234-5678")));
        assertThat(result.errors()).extracting(FormProblem::column, FormProblem::code).containsExactly(
                tuple("担当者1メールアドレス", "INVALID_EMAIL"), tuple("担当者2電話番号", "INVALID_PHONE"));
        assertThat(result.errors().get(0).message()).endsWith("（入力値: yamada@example）");
        assertThat(result.errors().get(1).message()).contains("10桁または11桁").endsWith("（入力値: 1234-5678）");
    }

    @Test
    void aSelectedHospitalMayNotDisappear() {
        FormResult result = read(oneRow(good()), Set.of(HospitalCode.parse(T1), HospitalCode.parse(T2)));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SELECTED_HOSPITAL_REMOVED");
            assertThat(e.row()).isNull();
            assertThat(e.column()).isEqualTo("医療機関コード");
            assertThat(e.message()).startsWith("医療機関コード 1311234568（港区記念病院） は選定済みまたは辞退済み");
        });
        assertThat(result.rows()).hasSize(1); // nothing wrong with the row itself; the upload still fails
    }

    @Test
    void fileTooLargeEvenIfTheCallerForgotToCap() {
        FormResult result = new FormReader(registry).read(new byte[FormLimits.MAX_FILE_BYTES + 1], TOKYO, Set.of());
        assertThat(result.errors()).extracting(FormProblem::code).containsExactly("FILE_TOO_LARGE");
        assertThat(result.errors().get(0).message()).contains("上限 10MB");
    }

    @Test
    void everyErrorOfEveryRowAtOnceWithRowNumbersAsExcelShowsThem() {
        FormBuilder form = FormBuilder.form()
                .raw("セキュリティー確保事業支援対象病院リスト")
                .raw("都道府県コード", "13")
                .header()                                                                       // row 3
                .row(with(valid(0, T1, "都立中央病院", 400), FormColumn.BEDS, "二百",               // row 4
                        FormColumn.CONTACT1_EMAIL, "yamada@"))
                .row(valid(2, T2, "港区記念病院", 120))                                            // row 5
                .blankRow()                                                                     // row 6
                .row(with(valid(2, T2, "港区記念病院", 120), FormColumn.EMR, "導入予定",              // row 7
                        FormColumn.CONTACT1_PHONE, "123"))
                .row(with(valid(4, OSAKA_1, "", 500), FormColumn.CONTACT2_DEPARTMENT, null,          // row 8
                        FormColumn.CONTACT2_NAME, null, FormColumn.CONTACT2_PHONE, null, FormColumn.CONTACT2_EMAIL, null))
                .row(with(valid(5, "1399999999", "謎の病院", 10), FormColumn.CONSENT, "たぶん"));       // row 9

        FormResult result = read(form, Set.of(HospitalCode.parse(T3)));

        assertThat(result.errors()).extracting(FormProblem::row, FormProblem::column, FormProblem::code).containsExactly(
                tuple(null, "医療機関コード", "SELECTED_HOSPITAL_REMOVED"),
                tuple(4, "支援の順位", "INVALID_VALUE"),
                tuple(4, "許可病床数", "INVALID_VALUE"),
                tuple(4, "担当者1メールアドレス", "INVALID_EMAIL"),
                tuple(7, "支援の順位", "DUPLICATE_RANK"),
                tuple(7, "医療機関コード", "DUPLICATE_HOSPITAL"),
                tuple(7, "電子カルテ導入予定時期", "MISSING_VALUE"),
                tuple(7, "担当者1電話番号", "INVALID_PHONE"),
                tuple(8, "医療機関コード", "WRONG_PREFECTURE"),
                tuple(8, "病院名", "MISSING_VALUE"),
                tuple(8, null, "CONTACTS_LT_2"),
                tuple(9, "医療機関コード", "UNKNOWN_HOSPITAL"),
                tuple(9, "病院の同意", "INVALID_VALUE"));
        assertThat(result.errors().get(2).message()).isEqualTo("4行目「許可病床数」: 0以上の整数で入力してください（入力値: 二百）");
        assertThat(result.warnings()).isEmpty();
    }
}
