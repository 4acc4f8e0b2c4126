package jp.mamori.notify;

/** QUEUED until the mail server accepts it (SENT) or the sender gives up (FAILED). */
public enum NotificationStatus {
    QUEUED, SENT, FAILED
}
