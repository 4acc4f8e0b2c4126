package jp.mamori.survey.document;

/** The scanner found malware (422 FILE_INFECTED); the signature name is kept for the audit of the refusal. */
public class InfectedFileException extends DocumentRefusedException {

    private final String signature;

    InfectedFileException(String signature) {
        super(INFECTED, "ファイルからウイルス（" + signature + "）が検出されたため、受け付けませんでした。"
                + "ファイルを駆除するか、感染していないファイルをアップロードしてください。");
        this.signature = signature;
    }

    public String signature() {
        return signature;
    }
}
