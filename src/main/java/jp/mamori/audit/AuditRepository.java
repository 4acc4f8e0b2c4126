package jp.mamori.audit;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.JapaneseDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail. There is deliberately no update or delete here (the database refuses them too). */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<AuditEntry> entries, long total) {
    }

    Page search(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> p = new HashMap<>();
        if (notBlank(q.actor())) {
            where.append(" AND lower(actor) = lower(:actor)");
            p.put("actor", q.actor().trim());
        }
        if (notBlank(q.action())) {
            where.append(" AND action = :action");
            p.put("action", q.action().trim());
        }
        if (notBlank(q.entityType())) {
            where.append(" AND entity_type = :etype");
            p.put("etype", q.entityType().trim());
        }
        if (notBlank(q.entityId())) {
            where.append(" AND entity_id = :eid");
            p.put("eid", q.entityId().trim());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= :from");
            p.put("from", Timestamp.from(q.from().atStartOfDay(JapaneseDates.TOKYO).toInstant()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < :to");
            p.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(JapaneseDates.TOKYO).toInstant()));
        }
        if (notBlank(q.text())) {
            where.append(" AND (detail ILIKE :text OR after_state::text ILIKE :text OR before_state::text ILIKE :text OR entity_id ILIKE :text)");
            p.put("text", "%" + q.text().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(p).query(Long.class).single();
        p.put("limit", q.size());
        p.put("offset", (long) q.page() * q.size());
        List<AuditEntry> rows = jdbc.sql("""
                        SELECT id, occurred_at, actor, actor_role, action, entity_type, entity_id,
                               before_state::text AS before_state, after_state::text AS after_state, detail, outcome,
                               client_ip, request_id
                          FROM audit_event""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
                        rs.getString("after_state"), rs.getString("detail"), rs.getString("outcome"),
                        rs.getString("client_ip"), rs.getString("request_id")))
                .list();
        return new Page(rows, total);
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
