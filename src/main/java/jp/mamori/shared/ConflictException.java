package jp.mamori.shared;

/** The request is valid but clashes with the current state (409), e.g. a deadline passed. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
