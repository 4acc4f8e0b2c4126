package jp.mamori.survey.document;

/** The Japanese refusals of an upload: each says what was wrong and what to upload instead. */
final class DocumentMessages {

    static final String ALLOWED = "PDF、PNG、JPEG、Excel（.xlsx）、Word（.docx）、PowerPoint（.pptx）、Visio（.vsdx）";

    private DocumentMessages() {
    }

    static String empty() {
        return "ファイルが空です。内容のあるファイルを選んでアップロードし直してください。";
    }

    static String notAllowed(String detected) {
        return "この形式のファイル（内容から判定: " + detected + "）はアップロードできません。アップロードできるのは "
                + ALLOWED + " です（ファイル名の拡張子ではなく内容で判定します）。";
    }

    static String notOffice() {
        return "ZIPファイルや、対応していないOffice形式（テンプレート、スライドショー等）はアップロードできません。"
                + ALLOWED + " の形式で保存し直してください。";
    }

    static String macro() {
        return "マクロ（VBA）やActiveXを含むOfficeファイルはアップロードできません。マクロなしの形式（.xlsx / .docx / .pptx / .vsdx）で保存し直してからアップロードしてください。";
    }

    static String zipBomb() {
        return "ファイルの展開後のサイズや部品の数が異常に大きいため、受け付けませんでした（ZIP爆弾の疑い）。作成元のアプリで保存し直してください。";
    }

    static String brokenZip() {
        return "Officeファイルが壊れているか、構造に不整合があるため読み取れません。作成元のアプリで開けることを確認し、保存し直してからアップロードしてください。";
    }

    static String brokenPdf() {
        return "PDFファイルが途中で切れているか壊れています（ファイル末尾の %%EOF がありません）。元のファイルを保存し直してからアップロードしてください。";
    }
}
