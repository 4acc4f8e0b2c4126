package jp.mamori.audit;

import java.time.LocalDate;

/** Search criteria for the audit trail; every field optional; dates are Japan days, inclusive. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to,
                         String text, int page, int size) {

    public AuditQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 100 : Math.min(size, 1000);
    }
}
