package jp.mamori.inventory.sheet;

import java.time.LocalDate;
import java.util.List;

import jp.mamori.nomination.form.FormText;
import jp.mamori.shared.JapaneseDates;

/** Every Japanese message of the sheet's own checks; the whole-file ones are the nomination form's. */
final class SheetMessages {

    private SheetMessages() {
    }

    private static String input(String value) {
        return "（入力値: " + FormText.quote(value) + "）";
    }

    static String headerNotFound() {
        return "見出し行が見つかりません。シート「" + InventorySheetWriter.SHEET_NAME + "」の先頭50行以内に、「"
                + SheetColumn.PURPOSE.header() + "」「" + SheetColumn.ID.header()
                + "」などの見出し行を置いてください（ダウンロードした台帳の見出しを変えずに使ってください）。";
    }

    static String missingColumn(SheetColumn column) {
        String why = column == SheetColumn.ID
                ? "ID列がないと、どの行がどの接続点か分からず、検証結果が接続点から外れてしまいます。"
                : "列がないと、すべての接続点のこの項目が空になってしまいます。";
        return "見出し行に「" + column.header() + "」の列がありません。" + why
                + "ダウンロードした台帳の見出しどおりに列を戻してください（列の順序は自由です）。";
    }

    static String missingPurpose(List<String> labels) {
        return "用途を選んでください（" + String.join("／", labels) + "）。この接続点を削除する場合は、行ごと削除してください。";
    }

    static String invalidChoice(List<String> labels, String value) {
        return "選択肢にない値です" + input(value) + "。次のいずれかを選んでください: " + String.join("／", labels);
    }

    static String invalidYesNo(String value) {
        return "「はい」「いいえ」「不明」のいずれかを選んでください（空欄は不明として扱います）" + input(value) + "。";
    }

    static String invalidDate(String value) {
        return "日付として読み取れません" + input(value) + "。2024/4/1、令和6年4月1日、R6.4.1 のように入力してください。";
    }

    static String futureDate(LocalDate date, LocalDate today) {
        return "最終パッチ適用日が未来の日付（" + JapaneseDates.wareki(date) + "）です。本日（" + JapaneseDates.wareki(today)
                + "）までに実際に適用した日を入力してください（予定日は備考に書いてください）。";
    }

    static String invalidId(String value) {
        return "IDが番号ではありません" + input(value) + "。IDはダウンロードした台帳のまま変えず、新しい接続点はIDを空欄にしてください。";
    }

    static String duplicateId(long id, int firstRow) {
        return "ID " + id + " が" + firstRow + "行目と重複しています。行をコピーして接続点を追加した場合は、追加した行のIDを空欄にしてください。";
    }

    static String formulaError(String errorText) {
        return "セルが計算エラー（" + FormText.quote(errorText) + "）になっています。値を直接入力してください。";
    }

    static String unreadableCell() {
        return "セルの値を読み取れませんでした。値を入力し直してください。";
    }
}
