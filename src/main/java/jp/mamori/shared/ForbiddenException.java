package jp.mamori.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not do this one thing, for a reason it can act on (403 with a code and a message that says who may),
 * as opposed to a bare AccessDeniedException for a request outside the caller's scope. Pages show its message.
 */
public class ForbiddenException extends AccessDeniedException {

    private final String code;

    public ForbiddenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
