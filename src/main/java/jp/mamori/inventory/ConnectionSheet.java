package jp.mamori.inventory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.sheet.InventorySheetReader;
import jp.mamori.inventory.sheet.InventorySheetWriter;
import jp.mamori.inventory.sheet.SheetResult;
import jp.mamori.inventory.sheet.SheetRow;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 外部接続点台帳 as the .xlsx the contractor fills during hearings. An upload is the whole inventory: rows with an
 * ID update their point (so findings stay with it), rows without one are added, points left out are deleted; one
 * refused row refuses the whole file.
 */
@Service
public class ConnectionSheet {

    /** A sheet as exported: the file and the name a person would save it under. */
    public record Export(byte[] file, String filename) {
    }

    /** What an accepted upload did. */
    public record Imported(int added, int updated, int deleted, int unchanged) {
    }

    private final ConnectionStore store;
    private final CaseAccess access;
    private final Registry registry;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectionSheet(ConnectionStore store, CaseAccess access, Registry registry, AccessGuard guard, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.registry = registry;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Export export(long caseId) {
        CaseRef c = access.readConfidential(caseId, "INVENTORY_SHEET_EXPORTED");
        String name = registry.hospital(new HospitalCode(c.hospitalCode())).map(Hospital::name).orElse(c.hospitalCode());
        List<ConnectionPoint> points = store.ofCase(caseId).stream().map(StoredConnection::point).toList();
        return new Export(new InventorySheetWriter().write(name, points), "外部接続点台帳_" + c.hospitalCode() + ".xlsx");
    }

    @Transactional
    public Imported upload(long caseId, byte[] file) {
        access.writeSurvey(caseId);
        Map<Long, StoredConnection> stored = store.ofCase(caseId).stream()
                .collect(Collectors.toMap(s -> s.point().id(), s -> s, (a, b) -> a, LinkedHashMap::new));
        SheetResult result = new InventorySheetReader(clock).read(file, stored.keySet());
        if (!result.accepted()) {
            throw refused(result.errors());
        }
        String by = guard.current().username();
        Map<Long, StoredConnection> changed = new LinkedHashMap<>(); // id → the row before (null when added)
        int unchanged = 0;
        Set<Long> kept = result.rowsById().keySet();
        for (SheetRow row : result.rows()) {
            ConnectionPoint point = row.toPoint(caseId);
            if (row.id() == null) {
                changed.put(store.insert(point, by, clock.instant()), null);
            } else if (stored.get(row.id()).point().equals(point)) {
                unchanged++;
            } else if (store.update(point, stored.get(row.id()).version(), by, clock.instant())) {
                changed.put(row.id(), stored.get(row.id()));
            } else {
                throw stale(row.id());
            }
        }
        int deleted = 0;
        for (StoredConnection gone : stored.values()) {
            if (!kept.contains(gone.point().id())) {
                if (!store.delete(caseId, gone.point().id(), gone.version())) {
                    throw stale(gone.point().id());
                }
                audit.change("INVENTORY_CONNECTION_DELETED", "CONNECTION_POINT", String.valueOf(gone.point().id()),
                        ConnectionInventory.describe(gone), null);
                deleted++;
            }
        }
        // one read of the rows as stored now, for the audit trail's "after" of every added and updated row
        Map<Long, StoredConnection> now = store.ofCase(caseId).stream()
                .collect(Collectors.toMap(s -> s.point().id(), s -> s));
        int added = 0;
        int updated = 0;
        for (Map.Entry<Long, StoredConnection> e : changed.entrySet()) {
            boolean isNew = e.getValue() == null;
            audit.change(isNew ? "INVENTORY_CONNECTION_CREATED" : "INVENTORY_CONNECTION_UPDATED", "CONNECTION_POINT",
                    String.valueOf(e.getKey()), isNew ? null : ConnectionInventory.describe(e.getValue()),
                    ConnectionInventory.describe(now.get(e.getKey())));
            if (isNew) {
                added++;
            } else {
                updated++;
            }
        }
        audit.event("INVENTORY_SHEET_IMPORTED", "SURVEY_CASE", String.valueOf(caseId),
                "追加 " + added + "・更新 " + updated + "・削除 " + deleted + "・変更なし " + unchanged);
        if (added + updated + deleted > 0) {
            events.publishEvent(new InventoryChanged(caseId));
        }
        return new Imported(added, updated, deleted, unchanged);
    }

    private static jp.mamori.shared.ConflictException stale(long id) {
        return new jp.mamori.shared.ConflictException("STALE_VERSION",
                "台帳の取り込み中に、接続点 " + id + " が他の人に変更されました。最新の台帳をダウンロードして、もう一度取り込んでください。");
    }

    private static ValidationException refused(List<Problem> errors) {
        return new ValidationException("外部接続点台帳に " + errors.size() + " 件の誤りがあります。どの行も取り込んでいません。"
                + "誤りを直してから、もう一度アップロードしてください。", errors);
    }
}
