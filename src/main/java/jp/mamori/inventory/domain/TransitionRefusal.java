package jp.mamori.inventory.domain;

/** Why a finding may not move: the web layer turns the kind into 409, 422 or 403. */
public final class TransitionRefusal extends RuntimeException {

    public enum Kind { CONFLICT, INVALID, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String field;

    TransitionRefusal(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The input field to fix, for INVALID; null otherwise. */
    public String field() {
        return field;
    }
}
