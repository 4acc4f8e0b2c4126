package jp.mamori.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.survey.CaseAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's 外部接続点台帳: read by whoever may read the case's confidential data (audited), written by its assigned
 * contractor. Every change is audited with before and after and announced as {@link InventoryChanged}, on which the
 * rules run again in the same transaction.
 */
@Service
public class ConnectionInventory {

    private final ConnectionStore store;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectionInventory(ConnectionStore store, CaseAccess access, AccessGuard guard, AuditLog audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** No access check: for the system's own work (rules, the report, the diagram). */
    public List<ConnectionPoint> of(long caseId) {
        return store.ofCase(caseId).stream().map(StoredConnection::point).toList();
    }

    /**
     * {@link #of(long)} for many cases in one read, by case (a case without points is absent). No access check: for the
     * system's own work and the national figures, which publish only aggregates.
     */
    public Map<Long, List<ConnectionPoint>> ofCases(java.util.Collection<Long> caseIds) {
        Map<Long, List<ConnectionPoint>> out = new java.util.HashMap<>();
        store.ofCases(caseIds).forEach((c, rows) -> out.put(c, rows.stream().map(StoredConnection::point).toList()));
        return out;
    }

    /** The inventory as its reader sees it, the read on the record. */
    @Transactional
    public List<StoredConnection> read(long caseId) {
        access.readConfidential(caseId, "INVENTORY_CONNECTIONS_READ");
        return store.ofCase(caseId);
    }

    @Transactional
    public StoredConnection create(long caseId, JsonNode body) {
        access.writeSurvey(caseId);
        ConnectionForm.Read read = ConnectionForm.read(body, null, caseId, today());
        long id = store.insert(read.point(), guard.current().username(), clock.instant());
        StoredConnection stored = find(caseId, id);
        audit.change("INVENTORY_CONNECTION_CREATED", "CONNECTION_POINT", String.valueOf(id), null, describe(stored));
        events.publishEvent(new InventoryChanged(caseId));
        return stored;
    }

    /** A whole row replaced; with {@code version} given, a row changed since is refused (409 STALE_VERSION). */
    @Transactional
    public StoredConnection update(long caseId, long id, JsonNode body) {
        access.writeSurvey(caseId);
        StoredConnection before = find(caseId, id);
        ConnectionForm.Read read = ConnectionForm.read(body, id, caseId, today());
        int version = read.version() == null ? before.version() : read.version();
        if (version != before.version() || !store.update(read.point(), version, guard.current().username(), clock.instant())) {
            throw stale(id);
        }
        StoredConnection after = find(caseId, id);
        audit.change("INVENTORY_CONNECTION_UPDATED", "CONNECTION_POINT", String.valueOf(id), describe(before), describe(after));
        events.publishEvent(new InventoryChanged(caseId));
        return after;
    }

    @Transactional
    public void delete(long caseId, long id, Integer version) {
        access.writeSurvey(caseId);
        StoredConnection before = find(caseId, id);
        if (version != null && version != before.version() || !store.delete(caseId, id, before.version())) {
            throw stale(id);
        }
        audit.change("INVENTORY_CONNECTION_DELETED", "CONNECTION_POINT", String.valueOf(id), describe(before), null);
        events.publishEvent(new InventoryChanged(caseId));
    }

    /** Whether a point is one of the case's (a manual finding may name only those). */
    boolean belongs(long caseId, long connectionId) {
        return store.find(caseId, connectionId).isPresent();
    }

    private StoredConnection find(long caseId, long id) {
        return store.find(caseId, id).orElseThrow(() -> new NotFoundException("案件 " + caseId + " に接続点 " + id + " はありません。"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(jp.mamori.shared.JapaneseDates.TOKYO));
    }

    private static ConflictException stale(long id) {
        return new ConflictException("STALE_VERSION",
                "接続点 " + id + " は、読み込んだ後に他の人が変更しました。最新の内容を読み直してから、もう一度保存してください。");
    }

    /** The row in the API's shape, with its version: also what the audit trail records before and after. */
    static Map<String, Object> describe(StoredConnection s) {
        ConnectionPoint p = s.point();
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("vendor", p.device().vendor());
        device.put("product", p.device().product());
        device.put("version", p.device().version());
        device.put("address", p.device().address());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("purpose", name(p.purpose()));
        m.put("counterpart", p.counterpart());
        m.put("system", p.system());
        m.put("line", name(p.line()));
        m.put("device", device);
        m.put("alwaysOn", p.alwaysOn());
        m.put("openedBy", p.openedBy());
        m.put("authentication", name(p.authentication()));
        m.put("sourceRestricted", p.sourceRestricted());
        m.put("logging", p.logging());
        m.put("logReviewed", p.logReviewed());
        m.put("lastPatchedOn", p.lastPatchedOn() == null ? null : p.lastPatchedOn().toString());
        m.put("knownBefore", p.knownBefore());
        m.put("status", name(p.status()));
        m.put("note", p.note());
        m.put("version", s.version());
        return m;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
