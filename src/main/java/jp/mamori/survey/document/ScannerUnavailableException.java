package jp.mamori.survey.document;

/**
 * A scanner is configured but did not give a verdict: the upload is refused (fail closed), never stored unscanned.
 * Code SCANNER_UNAVAILABLE; the case module answers 503.
 */
public class ScannerUnavailableException extends RuntimeException {

    public static final String CODE = "SCANNER_UNAVAILABLE";

    ScannerUnavailableException(String detail, Throwable cause) {
        super("ウイルス検査を実行できなかったため、ファイルを受け付けませんでした（" + detail + "）。"
                + "時間をおいて再度アップロードしてください。続く場合はシステム管理者にウイルス検査サーバー（clamd）の状態を確認するよう依頼してください。",
                cause);
    }

    public String code() {
        return CODE;
    }
}
