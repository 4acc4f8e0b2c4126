package jp.mamori.backup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.audit.AuditLog;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.CostRange;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.DecisionRules;
import jp.mamori.backup.domain.FeeScheduleCheck;
import jp.mamori.backup.domain.PlanSeeding;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.backup.domain.RecordedDecision;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's offline backup plan. Before the contractor saves one, the plan read is the one seeded from the
 * questionnaire (not stored: a user opening the page expects a start, not a 404). The contractor writes the plan;
 * the hospital writes only its decision on it; the prefecture with the hospital's consent reads. Every read and
 * every change is on the record, the change with its before and after.
 */
@Service
public class BackupPlans {

    /**
     * @param version   0 while nothing is stored (the seeded plan)
     * @param decisions every decision the hospital recorded, oldest first
     */
    public record View(BackupPlan plan, int version, boolean stored, List<RecordedDecision> decisions) {
        public CostRange costRange() {
            return CostRange.of(plan);
        }

        public FeeScheduleCheck.Result feeSchedule() {
            return FeeScheduleCheck.check(plan);
        }
    }

    private final BackupPlanStore store;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BackupPlans(BackupPlanStore store, CaseAccess access, AccessGuard guard, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The plan as its reader sees it, the read on the record. */
    @Transactional
    public View read(long caseId) {
        access.readConfidential(caseId, "BACKUP_PLAN_READ");
        return current(caseId);
    }

    /** No access check: for the system's own work (the report, the figures). */
    public View current(long caseId) {
        return store.find(caseId)
                .map(s -> new View(s.plan(), s.version(), true, store.decisions(caseId)))
                .orElseGet(() -> new View(seed(caseId), 0, false, List.of()));
    }

    /**
     * The stored plans (with the hospital's current decision) of many cases in one read, by case; a case whose plan the
     * contractor has not saved yet is absent. No access check: for the national figures, which publish only aggregates.
     */
    public Map<Long, BackupPlan> plansOfCases(java.util.Collection<Long> caseIds) {
        return store.plans(caseIds);
    }

    /** The hospital's PUT records its decision only; the contractor's saves the plan (its {@code decision} ignored). */
    @Transactional
    public View save(long caseId, JsonNode body) {
        return access.callerIsHospital(caseId) ? decide(caseId, body) : propose(caseId, body);
    }

    private View propose(long caseId, JsonNode body) {
        access.writeSurvey(caseId);
        BackupPlanForm.Read read = BackupPlanForm.read(body, true);
        BackupPlanStore.Stored before = store.find(caseId).orElse(null);
        String by = guard.current().username();
        var now = clock.instant();
        // the decision is the hospital's: kept, unless the plan is declined altogether and there is none to decide on
        Decision kept = before == null || read.plan().declined() ? null : before.plan().decision();
        BackupPlan plan = read.plan().withDecision(kept);
        if (before == null) {
            if (read.version() != null && read.version() != 0) {
                throw stale();
            }
            try {
                store.insert(caseId, plan, by, now);
            } catch (DuplicateKeyException e) {
                throw stale();
            }
        } else {
            int version = read.version() == null ? before.version() : read.version();
            if (version != before.version() || !store.update(caseId, plan, version, by, now)) {
                throw stale();
            }
            if (before.plan().decision() != null && kept == null) {
                store.recordDecision(caseId, null, by, now);
            }
        }
        View after = current(caseId);
        audit.change("BACKUP_PLAN_SAVED", "SURVEY_CASE", String.valueOf(caseId), before == null ? null : describe(before), describe(after));
        if (before == null || !sameProposal(before.plan(), plan)) {
            events.publishEvent(new BackupPlanChanged(caseId));
        }
        return after;
    }

    private View decide(long caseId, JsonNode body) {
        access.writeAsHospital(caseId);
        BackupPlanForm.Read read = BackupPlanForm.read(body, false);
        BackupPlanStore.Stored before = store.find(caseId).orElseThrow(() -> new ConflictException("PLAN_NOT_PROPOSED",
                "事業者がまだバックアップ計画を提案していません。提案が届いてから判断を記録してください。"));
        if (!read.decisionGiven()) {
            // nothing to record: the answer is a read like any other
            access.readConfidential(caseId, "BACKUP_PLAN_READ");
            return current(caseId);
        }
        Decision decision = DecisionRules.normalise(read.decision());
        List<Problem> problems = DecisionRules.check(decision, before.plan().declined(), today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        int version = read.version() == null ? before.version() : read.version();
        String by = guard.current().username();
        var now = clock.instant();
        if (version != before.version() || !store.update(caseId, before.plan().withDecision(decision), version, by, now)) {
            throw stale();
        }
        store.recordDecision(caseId, decision, by, now);
        View after = current(caseId);
        audit.change("BACKUP_PLAN_DECIDED", "SURVEY_CASE", String.valueOf(caseId),
                decisionOf(before.plan().decision()), decisionOf(decision));
        return after;
    }

    private BackupPlan seed(long caseId) {
        Object frequency = access.answers(caseId).get("backup.frequency");
        return PlanSeeding.seed(access.systems(caseId), frequency instanceof String s ? s : null);
    }

    private static boolean sameProposal(BackupPlan a, BackupPlan b) {
        return a.systems().equals(b.systems()) && a.costPerTbMin() == b.costPerTbMin() && a.costPerTbMax() == b.costPerTbMax()
                && a.declined() == b.declined();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
    }

    private static ConflictException stale() {
        return new ConflictException("STALE_VERSION",
                "バックアップ計画は、読み込んだ後に他の人が変更しました。最新の内容を読み直してから、もう一度保存してください。");
    }

    private static Map<String, Object> describe(BackupPlanStore.Stored s) {
        return describe(new View(s.plan(), s.version(), true, List.of()));
    }

    /** The plan in the API's shape: also what the audit trail records before and after. */
    static Map<String, Object> describe(View v) {
        BackupPlan p = v.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("systems", p.systems().stream().map(BackupPlans::describe).toList());
        m.put("costPerTbMin", p.costPerTbMin());
        m.put("costPerTbMax", p.costPerTbMax());
        m.put("declined", p.declined());
        m.put("decision", decisionOf(p.decision()));
        CostRange range = v.costRange();
        m.put("costRange", range == null ? null : Map.of("min", range.min(), "max", range.max()));
        m.put("totalTb", p.totalTb());
        FeeScheduleCheck.Result fee = v.feeSchedule();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("met", fee.met());
        check.put("severalMethods", fee.severalMethods());
        check.put("partOffline", fee.partOffline());
        check.put("reasons", fee.reasons());
        m.put("feeSchedule", check);
        m.put("proposed", v.stored());
        m.put("version", v.version());
        m.put("decisions", v.decisions().stream().map(d -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("decision", decisionOf(d.decision()));
            e.put("recordedBy", d.recordedBy());
            e.put("recordedAt", d.recordedAt().toString());
            return e;
        }).toList());
        return m;
    }

    static Map<String, Object> describe(ProtectedSystem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("kind", s.kind());
        m.put("dataTb", s.dataTb());
        m.put("frequency", s.frequency().name());
        m.put("generations", s.generations());
        m.put("separation", s.separation().name());
        m.put("restoreTargetHours", s.restoreTargetHours());
        return m;
    }

    private static Map<String, Object> decisionOf(Decision d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("choice", d.choice().name());
        m.put("decidedOn", d.decidedOn().toString());
        m.put("until", d.until() == null ? null : d.until().toString());
        return m;
    }
}
