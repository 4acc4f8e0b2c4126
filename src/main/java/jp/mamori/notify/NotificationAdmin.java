package jp.mamori.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ministry's view of the outbox: every message, and "retry now". Nobody else sees whom the program mailed. */
@Service
class NotificationAdmin {

    private final OutboxRepository repository;
    private final MailTransport transport;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    NotificationAdmin(OutboxRepository repository, MailTransport transport, AccessGuard guard, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.transport = transport;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code status} as the request gave it (blank: all); the role is checked before the input. */
    List<Notification> list(String status, String event, Integer limit) {
        guard.requireRole(Role.MHLW_ADMIN);
        return repository.list(parseStatus(status), event, limit);
    }

    /** One page of the matches, newest first. */
    List<Notification> page(String status, String event, int offset, int size) {
        guard.requireRole(Role.MHLW_ADMIN);
        return repository.list(parseStatus(status), event, size, offset);
    }

    long count(String status, String event) {
        guard.requireRole(Role.MHLW_ADMIN);
        return repository.count(parseStatus(status), event);
    }

    static NotificationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("status", "INVALID_VALUE",
                    "status は QUEUED、SENT、FAILED のいずれかで指定してください: " + status));
        }
    }

    Map<NotificationStatus, Long> counts() {
        guard.requireRole(Role.MHLW_ADMIN);
        return repository.counts();
    }

    /** "host:port", or null when no SMTP server is configured (then nothing is sent). */
    String smtpServer() {
        guard.requireRole(Role.MHLW_ADMIN);
        return transport.describe();
    }

    /**
     * Makes a QUEUED or FAILED message due now; a FAILED one gets one more attempt (its count is kept, so a new
     * failure marks it FAILED again at once rather than starting another seven hours of retries).
     */
    @Transactional
    Notification retryNow(long id) {
        guard.requireRole(Role.MHLW_ADMIN);
        Notification before = repository.lock(id)
                .orElseThrow(() -> new NotFoundException("通知 " + id + " はありません。"));
        if (before.status() == NotificationStatus.SENT) {
            throw new ConflictException("ALREADY_SENT", "この通知は送信済みです。再送はできません。");
        }
        if (before.to().isEmpty()) {
            throw new ConflictException("NO_RECIPIENTS", "この通知には宛先がないため、再送できません。");
        }
        repository.queueAgain(id, clock.instant());
        Notification after = repository.find(id).orElseThrow();
        audit.change("NOTIFICATION_RETRY", "NOTIFICATION", String.valueOf(id), state(before), state(after));
        return after;
    }

    private static Map<String, Object> state(Notification n) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("event", n.event());
        s.put("status", n.status().name());
        s.put("attempts", n.attempts());
        s.put("nextAttemptAt", n.nextAttemptAt() == null ? null : n.nextAttemptAt().toString());
        s.put("lastError", n.lastError());
        return s;
    }
}
