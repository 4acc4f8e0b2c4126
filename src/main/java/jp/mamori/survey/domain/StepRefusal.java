package jp.mamori.survey.domain;

/**
 * A step change the rules refuse, with the API's code and a Japanese message that says what is missing.
 * The kind says how the API answers (api-survey.md: 409 for the case's state, 422 for a value, 403 for who).
 */
public final class StepRefusal extends RuntimeException {

    public enum Kind { CONFLICT, INVALID, FORBIDDEN }

    private final String code;
    private final Kind kind;

    public StepRefusal(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
