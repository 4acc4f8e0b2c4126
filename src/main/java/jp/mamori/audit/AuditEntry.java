package jp.mamori.audit;

import java.time.Instant;

/** One row of the audit trail as read back. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, String action, String entityType,
                         String entityId, String before, String after, String detail, String outcome, String clientIp,
                         String requestId) {
}
