package jp.mamori.shared;

/** An uploaded file over the limit (413, code FILE_TOO_LARGE). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
