package jp.mamori.notify;

import java.time.Instant;
import java.util.List;

/** A queued, sent or failed message as stored: the subject and body are exactly what was (or will be) sent. */
public record Notification(long id, String event, String dedupeKey, String hospitalCode, String prefectureCode,
                           List<String> to, String subject, String body, NotificationStatus status, int attempts,
                           String lastError, Instant nextAttemptAt, Instant createdAt, Instant sentAt, String messageId) {

    /** A person may push it to the front of the line; a message without recipients would only fail again. */
    public boolean retryable() {
        return status != NotificationStatus.SENT && !to.isEmpty();
    }
}
