package jp.mamori.shared;

/**
 * A service the request needs is down for now (503): nothing was changed and the same request may simply be repeated.
 * A kind of conflict so that pages which show a conflict's message show this one too.
 */
public class UnavailableException extends ConflictException {

    public UnavailableException(String code, String message) {
        super(code, message);
    }
}
