package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jp.mamori.shared.JapaneseDates;

/**
 * Every Japanese message of the form import, in one place so the wording stays consistent.
 * These are domain messages returned by the API as they are; each says what to fix.
 */
public final class FormMessages {

    private static final String SAVE_AS_XLSX =
            "Excelで「名前を付けて保存」から「Excel ブック (*.xlsx)」を選んで保存し直し、アップロードしてください。";

    private FormMessages() {
    }

    /** 「5行目「許可病床数」: ...」, 「5行目: ...」 or 「「許可病床数」列: ...」. */
    public static String located(Integer row, String column, String text) {
        if (row != null && column != null) {
            return row + "行目「" + column + "」: " + text;
        }
        if (row != null) {
            return row + "行目: " + text;
        }
        if (column != null) {
            return "「" + column + "」列: " + text;
        }
        return text;
    }

    private static String input(String value) {
        return "（入力値: " + FormText.quote(value) + "）";
    }

    // --- the file as a whole

    static String emptyFile() {
        return "ファイルが空です。記入した様式（.xlsx）を選んでアップロードしてください。";
    }

    public static String notAWorkbook() {
        return "Excel ブック（.xlsx）として読み込めませんでした。CSV・テキスト・PDFなどは受け付けていません。"
                + "ダウンロードした様式に記入し、" + SAVE_AS_XLSX;
    }

    static String legacyXls() {
        return "Excel 97-2003 形式（.xls）などの古い形式のファイルは読み込めません。" + SAVE_AS_XLSX;
    }

    static String encrypted() {
        return "パスワードで保護（暗号化）されたファイルは読み込めません。Excelで「ファイル」→「情報」→「ブックの保護」→"
                + "「パスワードを使用して暗号化」を開いてパスワードを削除し、保存し直してからアップロードしてください。";
    }

    static String zipBomb() {
        return "ファイルを展開した後のサイズが上限を超えるため読み込めません（不正なファイルの可能性があります）。"
                + "様式のシートに必要なデータだけを残し、" + SAVE_AS_XLSX;
    }

    public static String fileTooLarge(long maxBytes) {
        return "ファイルが大きすぎます（上限 " + (maxBytes / (1024 * 1024)) + "MB）。様式のシートに必要なデータだけを残して保存し直してください。";
    }

    public static String deadlinePassed(LocalDate deadline) {
        return "提出期限（" + JapaneseDates.wareki(deadline) + "）を過ぎているため受け付けられません。"
                + "期限の延長が必要な場合は厚生労働省の担当者にご相談ください。";
    }

    public static String staleForm(String changedBy, java.time.LocalDateTime changedAt) {
        return "このファイルは古いリストから作成されています。ダウンロードした後に " + changedBy + " さんが "
                + changedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"))
                + " にリストを変更しました。最新の様式をダウンロードし直して、変更を入力し直してからアップロードしてください（今回のファイルは取り込んでいません）。";
    }

    static String beyondExcel(String reference) {
        return "シートの範囲（" + FormText.quote(reference) + "）がExcelの上限（1,048,576行・16,384列）を超えています。"
                + "Excelで開いて保存し直した様式か、ダウンロードした様式を使ってください。";
    }

    static String sheetNotFound(List<String> sheetNames) {
        return sheetNotFound(FormLayout.SHEET_NAME, sheetNames);
    }

    static String sheetNotFound(String expected, List<String> sheetNames) {
        String names = sheetNames.isEmpty() ? "なし" : sheetNames.stream().map(n -> "「" + n + "」").collect(Collectors.joining("、"));
        return "シート「" + expected + "」が見つかりません（このファイルのシート: " + names + "）。"
                + "ダウンロードした様式のシート名を変えずに記入してください。";
    }

    static String headerNotFound() {
        return "見出し行が見つかりません。シート「" + FormLayout.SHEET_NAME + "」の先頭" + FormLayout.HEADER_SEARCH_ROWS
                + "行以内に、「" + FormLayout.KEY_HEADER + "」と書かれたセルのある見出し行を置いてください。";
    }

    static String missingColumn(FormColumn column) {
        return "見出し行に「" + column.header() + "」の列がありません。見出しを様式どおりの文字で追加してください（列の順序は自由です）。";
    }

    static String incompleteContact3Columns(FormColumn missing) {
        return "担当者3の列は4つ（所属・氏名・電話番号・メールアドレス）そろえてください。「" + missing.header() + "」の列がありません。";
    }

    static String tooManyColumns(int maxColumns, String cellRef) {
        return "列が多すぎます。値を入力できるのは" + maxColumns + "列目までです（最初の範囲外のセル: " + cellRef + "）。"
                + "範囲外のセルの値を削除して保存し直してください。";
    }

    static String tooManyRows(int maxRows) {
        return "データ行が多すぎます（上限 " + String.format("%,d", maxRows) + "行）。1行に1病院で、"
                + String.format("%,d", maxRows) + "病院までにしてください。";
    }

    static String tooManyCells(long maxCells) {
        return "セルの数が多すぎます（上限 " + String.format("%,d", maxCells) + "セル）。書式だけが設定された空の行や列、"
                + "不要なシートを削除して保存し直してください。";
    }

    // --- one cell

    static String missingValue() {
        return "値を入力してください。";
    }

    static String emrPlannedDateRequired() {
        return "電子カルテ導入状況が「導入予定」のときは、導入予定時期を入力してください（例: 2026/3/31、令和8年3月）。";
    }

    static String onsiteExpectedByRequired() {
        return "院内情報システム更改予定が「あり」のときは、現地調査完了見込み時期を入力してください（例: 2026/1/31、令和8年1月）。";
    }

    static String conditionalColumnMissing(FormColumn column) {
        return "この行では入力が必要ですが、見出し行に「" + column.header() + "」の列がありません。列を追加して入力してください。";
    }

    static String invalidRank(String value) {
        return "1以上の整数で入力してください" + input(value);
    }

    static String invalidBeds(String value) {
        return "0以上の整数で入力してください" + input(value);
    }

    static String invalidHospitalCode(String value) {
        return "10桁の医療機関コード（先頭2桁は都道府県コード）で入力してください" + input(value);
    }

    static String invalidChoice(List<String> choices, String value) {
        return "次のいずれかを選んでください: " + String.join("／", choices) + input(value);
    }

    static String invalidDate(String value) {
        return "日付として読み取れません。2026/1/31、2026年1月31日、令和8年1月31日、R8.1.31、令和8年1月 などの形式で入力してください"
                + input(value);
    }

    static String formulaError(String errorText) {
        return "数式の結果がエラー（" + errorText + "）です。数式ではなく値を直接入力してください。";
    }

    static String unreadableCell() {
        return "セルの値を読み取れません。値を入力し直してください。";
    }

    static String invalidEmail(String value) {
        return "メールアドレスの形式が正しくありません。例: taro.yamada@example.jp のように入力してください" + input(value);
    }

    static String invalidPhone(String value) {
        return "電話番号は市外局番から10桁または11桁の数字で入力してください（ハイフン・括弧・末尾の内線番号は可）" + input(value);
    }

    static String partialContact(int slot) {
        return "担当者" + slot + "を記入するときは、所属・氏名・電話番号・メールアドレスの4項目すべてを入力してください。";
    }

    static String contactsLessThanTwo(int complete) {
        return "担当者を2名以上（それぞれ所属・氏名・電話番号・メールアドレスの4項目すべて）入力してください（現在 " + complete + "名）。";
    }

    // --- across rows and against the registry

    static String duplicateRank(int rank, int firstRow) {
        return "支援の順位 " + rank + " は " + firstRow + "行目と重複しています。順位は病院ごとに異なる番号にしてください。";
    }

    static String duplicateHospital(String code, int firstRow) {
        return "医療機関コード " + code + " は " + firstRow + "行目と重複しています。同じ病院は1行にまとめてください。";
    }

    static String unknownHospital(String code) {
        return "医療機関コード " + code + " は登録されている医療機関にありません。コードに誤りがないか確認してください。";
    }

    static String wrongPrefecture(String code, String name, String hospitalPrefecture, String uploadPrefecture) {
        return "医療機関コード " + code + "（" + nullToEmpty(name) + "）は他の都道府県（" + hospitalPrefecture
                + "）の病院です。この都道府県（" + uploadPrefecture + "）の病院だけを記入してください。";
    }

    static String selectedHospitalRemoved(String code, String name) {
        String who = name == null ? code : code + "（" + name + "）";
        return "医療機関コード " + who + " は選定済みまたは辞退済みのため、リストから削除できません。"
                + "この病院の行を戻してください（支援を辞退する場合は辞退の手続きをしてください）。";
    }

    static String nameMismatch(String registryName) {
        return "病院名が登録されている名称（" + registryName + "）と異なります。医療機関コードと病院名を確認してください。";
    }

    static String bedsMismatch(int registryBeds) {
        return "許可病床数が登録されている病床数（" + registryBeds + "床）と異なります。確認してください。";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
