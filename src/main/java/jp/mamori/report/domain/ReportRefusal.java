package jp.mamori.report.domain;

/** A report rule said no: the code and the Japanese message the API answers with; {@code field} for INVALID ones. */
public class ReportRefusal extends RuntimeException {

    public enum Kind { CONFLICT, INVALID }

    private final Kind kind;
    private final String code;
    private final String field;

    public ReportRefusal(Kind kind, String code, String message) {
        this(kind, code, null, message);
    }

    public ReportRefusal(Kind kind, String code, String field, String message) {
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

    public String field() {
        return field;
    }
}
