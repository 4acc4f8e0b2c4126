package jp.mamori.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.FindingTransitions;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.inventory.domain.TransitionRefusal;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's findings as people see and decide them. The hospital never sees a SUGGESTED one (not listed, and 404
 * when named); it decides only its own risks (ACCEPTED) and FIXED. Every read and every move is on the record.
 */
@Service
public class Findings {

    /** A finding with its moves, oldest first. */
    public record Shown(Finding finding, List<Map<String, Object>> history) {
    }

    /** A finding a person writes (api-survey.md: manual, by the contractor, state OPEN). */
    public record Manual(Long connectionId, Severity severity, String title, String description, String recommendation,
                         String reference) {
    }

    private final FindingStore store;
    private final ConnectionInventory inventory;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Findings(FindingStore store, ConnectionInventory inventory, CaseAccess access, AccessGuard guard, AuditLog audit, Clock clock,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.inventory = inventory;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** No access check: every live finding, for the system's own work (report, diagram colours). */
    public List<Finding> of(long caseId) {
        return store.live(caseId);
    }

    /**
     * {@link #of(long)} for many cases in one read, by case (a case without findings is absent). No access check: for
     * the national figures, which publish only aggregates.
     */
    public Map<Long, List<Finding>> ofCases(java.util.Collection<Long> caseIds) {
        return store.live(caseIds);
    }

    @Transactional
    public List<Shown> read(long caseId) {
        access.readConfidential(caseId, "INVENTORY_FINDINGS_READ");
        boolean hospital = access.callerIsHospital(caseId);
        Map<Long, List<Map<String, Object>>> histories = store.histories(caseId);
        return store.live(caseId).stream()
                .filter(f -> !hospital || f.state() != FindingState.SUGGESTED)
                .map(f -> new Shown(f, histories.getOrDefault(f.id(), List.of())))
                .toList();
    }

    @Transactional
    public Shown create(long caseId, Manual m) {
        access.writeSurvey(caseId);
        List<Problem> problems = new ArrayList<>();
        if (m.severity() == null) {
            problems.add(Problem.field("severity", "MISSING_VALUE", "重要度（severity）を CRITICAL, HIGH, MEDIUM, LOW, INFO から選んでください。"));
        }
        if (m.title() == null) {
            problems.add(Problem.field("title", "MISSING_VALUE", "件名（title）を入力してください。"));
        }
        if (m.connectionId() != null && !inventory.belongs(caseId, m.connectionId())) {
            problems.add(Problem.field("connectionId", "INVALID_VALUE",
                    "接続点 " + m.connectionId() + " はこの案件の外部接続点台帳にありません。病院全体の指摘なら connectionId を空にしてください。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        String by = guard.current().username();
        var now = clock.instant();
        long id = store.insert(caseId, m.connectionId(), null, m.severity(), m.title(), m.description(), m.recommendation(),
                m.reference(), FindingState.OPEN, Map.of(), null, by, now);
        store.history(id, by, now, null, FindingState.OPEN.name(), null, null);
        Finding f = store.find(caseId, id).orElseThrow();
        audit.change("INVENTORY_FINDING_CREATED", "FINDING", String.valueOf(id), null, describe(f));
        events.publishEvent(new FindingsChanged(caseId));
        return shown(f);
    }

    /** One move through the transition table; the contractor may make any, the hospital ACCEPTED and FIXED only. */
    @Transactional
    public Shown move(long caseId, long findingId, FindingState to, String reason, LocalDate fixedOn) {
        boolean hospital;
        if (access.callerIsAssignedContractor(caseId)) {
            access.writeSurvey(caseId);
            hospital = false;
        } else if (access.callerIsHospital(caseId)) {
            access.writeAsHospital(caseId);
            hospital = true;
        } else {
            throw new AccessDeniedException("case " + caseId);
        }
        Finding before = store.find(caseId, findingId)
                .filter(f -> !hospital || f.state() != FindingState.SUGGESTED)
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " に検証結果 " + findingId + " はありません。"));
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        FindingTransitions.Move move;
        try {
            move = FindingTransitions.move(before.state(), to, hospital, reason, fixedOn, today);
        } catch (TransitionRefusal r) {
            throw switch (r.kind()) {
                case CONFLICT -> new ConflictException(r.code(), r.getMessage());
                case INVALID -> new ValidationException(Problem.field(r.field(), r.code(), r.getMessage()));
                case FORBIDDEN -> new AccessDeniedException(r.getMessage());
            };
        }
        String by = guard.current().username();
        var now = clock.instant();
        if (!store.move(findingId, before.state(), move.to(), move.reason(), move.fixedOn(), by, now)) {
            throw new ConflictException("CONCURRENT_UPDATE", "他の人が先にこの検証結果を更新しました。最新の内容を読み直して、再度操作してください。");
        }
        store.history(findingId, by, now, before.state().name(), move.to().name(), move.reason(), move.fixedOn());
        Finding after = store.find(caseId, findingId).orElseThrow();
        audit.change("INVENTORY_FINDING_STATE", "FINDING", String.valueOf(findingId), describe(before), describe(after));
        if (!(before.state() == FindingState.SUGGESTED && after.state() == FindingState.DISMISSED)) {
            // a suggestion dismissed was never in the report: nothing it rests on changed
            events.publishEvent(new FindingsChanged(caseId));
        }
        return shown(after);
    }

    private Shown shown(Finding f) {
        return new Shown(f, store.histories(f.caseId()).getOrDefault(f.id(), List.of()));
    }

    /** The decision fields the audit trail keeps before and after (not the evidence: the finding row has it). */
    private static Map<String, Object> describe(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", f.caseId());
        m.put("connectionId", f.connectionId());
        m.put("rule", f.rule());
        m.put("severity", f.severity().name());
        m.put("title", f.title());
        m.put("state", f.state().name());
        m.put("reason", f.reason());
        m.put("fixedOn", f.fixedOn() == null ? null : f.fixedOn().toString());
        return m;
    }
}
