package jp.mamori.survey.document;

import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;

/** An upload refused for what it is (422): FILE_TYPE_NOT_ALLOWED or FILE_INFECTED; nothing was stored. */
public class DocumentRefusedException extends ValidationException {

    public static final String TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED";
    public static final String INFECTED = "FILE_INFECTED";

    private final String code;

    DocumentRefusedException(String code, String message) {
        super(Problem.field("file", code, message));
        this.code = code;
    }

    static DocumentRefusedException typeNotAllowed(String message) {
        return new DocumentRefusedException(TYPE_NOT_ALLOWED, message);
    }

    public String code() {
        return code;
    }
}
