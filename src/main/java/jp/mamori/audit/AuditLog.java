package jp.mamori.audit;

import java.sql.Timestamp;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes the append-only audit trail. Called inside the transaction of the change it records,
 * so a change and its audit row are stored together or not at all.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A change by the current user: what, which thing, and its state before and after. */
    public void change(String action, String entityType, String entityId, Object before, Object after) {
        write(currentActor(), currentRole(), action, entityType, entityId, before, after, null, true);
    }

    /** A change or read with a free-text detail and no before/after state. */
    public void event(String action, String entityType, String entityId, String detail) {
        write(currentActor(), currentRole(), action, entityType, entityId, null, null, detail, true);
    }

    /** An event on behalf of a named actor, e.g. a login attempt before anyone is authenticated. */
    public void eventAs(String actor, String action, String detail, boolean success) {
        write(actor, null, action, "USER", actor, null, null, detail, success);
    }

    private void write(String actor, String role, String action, String entityType, String entityId,
                       Object before, Object after, String detail, boolean success) {
        RequestInfo request = RequestInfo.current();
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, actor_role, action, entity_type, entity_id,
                                         before_state, after_state, detail, outcome, client_ip, request_id)
                VALUES (:at, :actor, :role, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb),
                        :detail, :outcome, :ip, :rid)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", truncate(actor, 64))
                .param("role", role)
                .param("action", action)
                .param("type", entityType)
                .param("id", truncate(entityId, 128))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("detail", detail)
                .param("outcome", success ? "SUCCESS" : "FAILURE")
                .param("ip", request == null ? null : request.clientIp())
                .param("rid", request == null ? null : request.requestId())
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write audit state as JSON", e);
        }
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    static String currentRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
