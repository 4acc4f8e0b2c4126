package jp.mamori.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.CarryOverPermission;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.QuestionnairePrefill;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Organizations;
import jp.mamori.shared.ConflictException;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a year's inventory starts from, so the hearing confirms rather than types: the questionnaire's remotely
 * maintained systems, and for a hospital surveyed before, last year's inventory (when last year's contractor holds
 * this year's case too, or the hospital agreed). Every point made here is a draft (DIAGRAM) for the hearing to confirm.
 */
@Service
public class InventorySeeds {

    /** What a seeding added: the rows, and the case they came from for a carry-over. */
    public record Seeded(List<StoredConnection> rows, Long fromCaseId) {
    }

    /** The hospital's choice and whether a carry-over is possible now (for the pages' buttons). */
    public record CarryOverState(boolean allowed, String decidedBy, java.time.Instant decidedAt, boolean previousCase,
                                 boolean possible, String refusal) {
    }

    private final ConnectionStore store;
    private final CarryOverConsentStore consents;
    private final CaseAccess access;
    private final Organizations organizations;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InventorySeeds(ConnectionStore store, CarryOverConsentStore consents, CaseAccess access, Organizations organizations,
                   AccessGuard guard, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consents = consents;
        this.access = access;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Draft points from the questionnaire's systems; those already in the inventory are left out. */
    @Transactional
    public Seeded prefillFromQuestionnaire(long caseId) {
        access.writeSurvey(caseId);
        List<ConnectionPoint> existing = store.ofCase(caseId).stream().map(StoredConnection::point).toList();
        List<StoredConnection> rows = insert(caseId, QuestionnairePrefill.drafts(caseId, access.systems(caseId), existing));
        if (!rows.isEmpty()) {
            audit.change("INVENTORY_PREFILLED", "SURVEY_CASE", String.valueOf(caseId), null, summary("QUESTIONNAIRE", null, rows));
            events.publishEvent(new InventoryChanged(caseId));
        }
        return new Seeded(rows, null);
    }

    /**
     * Last year's points into this year's empty inventory, each back to DIAGRAM and with "known before" unknown
     * again (both are this year's hearing's to say); everything else as it was typed, notes too.
     */
    @Transactional
    public Seeded carryOver(long caseId) {
        CaseRef current = access.writeSurvey(caseId);
        if (!store.ofCase(caseId).isEmpty()) {
            throw new ConflictException("INVENTORY_NOT_EMPTY",
                    "今年度の外部接続点台帳にすでに接続点があるため、前回の台帳を引き継げません。引き継ぎは台帳が空のときだけできます。");
        }
        CaseRef previous = access.previousCase(caseId).orElseThrow(InventorySeeds::noPrevious);
        refusal(current, previous).ifPresent(reason -> {
            throw new ConflictException("CARRYOVER_NOT_ALLOWED", reason);
        });
        // last year's inventory is that case's confidential data: its read is on that case's record
        audit.event("INVENTORY_CARRYOVER_READ", "SURVEY_CASE", String.valueOf(previous.id()), "carried over into case " + caseId);
        List<StoredConnection> last = store.ofCase(previous.id());
        if (last.isEmpty()) {
            throw noPrevious();
        }
        List<ConnectionPoint> copies = new ArrayList<>();
        for (StoredConnection s : last) {
            ConnectionPoint p = s.point();
            copies.add(new ConnectionPoint(null, caseId, p.purpose(), p.counterpart(), p.system(), p.line(), p.device(),
                    p.alwaysOn(), p.openedBy(), p.authentication(), p.sourceRestricted(), p.logging(), p.logReviewed(),
                    p.lastPatchedOn(), null, PointStatus.DIAGRAM, p.note()));
        }
        List<StoredConnection> rows = insert(caseId, copies);
        audit.change("INVENTORY_CARRIED_OVER", "SURVEY_CASE", String.valueOf(caseId), null,
                summary("PREVIOUS_CASE", previous.id(), rows));
        events.publishEvent(new InventoryChanged(caseId));
        return new Seeded(rows, previous.id());
    }

    /** The hospital's choice; the hospital and the assigned contractor may read it. */
    @Transactional(readOnly = true)
    public CarryOverState carryOverState(long caseId) {
        if (!access.callerIsHospital(caseId) && !access.callerIsAssignedContractor(caseId)) {
            throw new AccessDeniedException("case " + caseId);
        }
        CaseRef current = access.caseOf(caseId);
        Optional<CarryOverConsentStore.Consent> consent = consents.of(caseId);
        Optional<CaseRef> previous = access.previousCase(caseId);
        Optional<String> refusal = previous.isEmpty() ? Optional.of(noPrevious().getMessage()) : refusal(current, previous.get());
        return new CarryOverState(consent.map(CarryOverConsentStore.Consent::allowed).orElse(false),
                consent.map(CarryOverConsentStore.Consent::decidedBy).orElse(null),
                consent.map(CarryOverConsentStore.Consent::decidedAt).orElse(null),
                previous.isPresent(), refusal.isEmpty(), refusal.orElse(null));
    }

    /** The hospital's own word: it may withdraw it again (what was already carried over stays). */
    @Transactional
    public CarryOverState decideCarryOver(long caseId, boolean allowed) {
        access.writeAsHospital(caseId);
        Optional<CarryOverConsentStore.Consent> before = consents.of(caseId);
        consents.save(caseId, allowed, guard.current().username(), clock.instant());
        audit.change("INVENTORY_CARRYOVER_CONSENT", "SURVEY_CASE", String.valueOf(caseId),
                before.map(c -> Map.of("allowed", c.allowed())).orElse(null), Map.of("allowed", allowed));
        return carryOverState(caseId);
    }

    private Optional<String> refusal(CaseRef current, CaseRef previous) {
        boolean shares = consents.of(current.id()).map(CarryOverConsentStore.Consent::allowed).orElse(false);
        return CarryOverPermission.refusal(holder(current.organizationId()), holder(previous.organizationId()), shares);
    }

    private CarryOverPermission.Holder holder(String organizationId) {
        if (organizationId == null) {
            return null;
        }
        return organizations.find(organizationId).map(o -> new CarryOverPermission.Holder(o.id(), o.parentId()))
                .orElse(new CarryOverPermission.Holder(organizationId, null));
    }

    private List<StoredConnection> insert(long caseId, List<ConnectionPoint> points) {
        String by = guard.current().username();
        var at = clock.instant();
        List<StoredConnection> rows = new ArrayList<>();
        for (ConnectionPoint p : points) {
            long id = store.insert(p, by, at);
            rows.add(store.find(caseId, id).orElseThrow());
        }
        return rows;
    }

    private static Map<String, Object> summary(String source, Long fromCaseId, List<StoredConnection> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        if (fromCaseId != null) {
            m.put("fromCaseId", fromCaseId);
        }
        m.put("count", rows.size());
        m.put("connections", rows.stream().map(ConnectionInventory::describe).toList());
        return m;
    }

    private static ConflictException noPrevious() {
        return new ConflictException("NO_PREVIOUS_INVENTORY",
                "この病院の前回の事業の調査に、引き継げる外部接続点台帳がありません。接続点は新しく登録してください。");
    }
}
