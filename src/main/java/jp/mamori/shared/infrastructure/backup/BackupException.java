package jp.mamori.shared.infrastructure.backup;

/** A backup or restore that cannot go on; the message tells the operator why and what to do (Japanese first). */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
