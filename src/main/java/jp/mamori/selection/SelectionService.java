package jp.mamori.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.audit.AuditLog;
import jp.mamori.audit.RequestInfo;
import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.nomination.NominationsSubmitted;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.selection.domain.Candidate;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.selection.domain.DesignationCandidate;
import jp.mamori.selection.domain.PrefectureSummary;
import jp.mamori.selection.domain.PriorityFacts;
import jp.mamori.selection.domain.SelectionBook;
import jp.mamori.selection.domain.SelectionEvent;
import jp.mamori.selection.domain.SelectionOutcome;
import jp.mamori.selection.domain.SelectionRefused;
import jp.mamori.selection.domain.SelectionRules;
import jp.mamori.selection.domain.Summary;
import jp.mamori.selection.domain.WithdrawalOutcome;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection as a service: fills, withdrawals and designations on the program's book, each stored as
 * an event with who and when, the changed decisions saved with it, all in one transaction.
 */
@Service
public class SelectionService {

    public enum Scope {
        PREFECTURES,
        NATIONAL
    }

    private final SelectionStore store;
    private final SelectionBooks books;
    private final ProgramService programs;
    private final NominationService nominations;
    private final Registry registry;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final CompletedSurveys completed;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<WithdrawalVeto> vetoes;

    SelectionService(SelectionStore store, SelectionBooks books, ProgramService programs, NominationService nominations,
                     Registry registry, AccessGuard guard, AuditLog audit, CompletedSurveys completed,
                     ApplicationEventPublisher events, Clock clock, List<WithdrawalVeto> vetoes) {
        this.vetoes = vetoes;
        this.store = store;
        this.books = books;
        this.programs = programs;
        this.nominations = nominations;
        this.registry = registry;
        this.guard = guard;
        this.audit = audit;
        this.completed = completed;
        this.events = events;
        this.clock = clock;
    }

    /** What an operation changed, decision by decision. */
    public record Change(Decision before, Decision after) {
    }

    public record Applied(Summary summary, List<Change> changes, int seq) {
    }

    // ---- changes ------------------------------------------------------------------------

    @Transactional
    public Applied fill(String programId, Scope scope) {
        Actor actor = guard.requireChangeNational();
        Program program = programs.get(programId);
        store.lock(programId);
        SelectionBook book = books.forChange(programId);
        SelectionRules rules = SelectionInputs.rules(program);
        Summary before = book.summary(rules);
        Map<HospitalCode, Decision> was = index(book.decisions());
        SelectionOutcome outcome = operate(book, rules, scope);
        Applied applied = record(programId, book, rules, outcome, was, null, null, actor);
        audit.change(scope == Scope.PREFECTURES ? "PREFECTURE_FILL" : "NATIONAL_FILL", "PROGRAM", programId, before,
                Map.of("summary", applied.summary(), "changed", applied.changes().size(), "eventSeq", applied.seq()));
        return applied;
    }

    /** What a fill would change, without storing anything. */
    public Applied preview(String programId, Scope scope) {
        guard.requireChangeNational();
        Program program = programs.get(programId);
        SelectionBook book = books.current(programId).copy();
        SelectionRules rules = SelectionInputs.rules(program);
        Map<HospitalCode, Decision> current = index(book.decisions());
        SelectionOutcome outcome = operate(book, rules, scope);
        return new Applied(book.summary(rules), changes(current, outcome.changed()), 0);
    }

    private SelectionOutcome operate(SelectionBook book, SelectionRules rules, Scope scope) {
        return scope == Scope.PREFECTURES ? book.fillAllPrefectures(rules)
                : book.apply(new SelectionEvent.NationalFilled(rules, currentFacts(book)));
    }

    /** The national fill ranks on today's registry flags (the ministry sets 災害拠点病院 in the app). */
    private List<PriorityFacts> currentFacts(SelectionBook book) {
        List<jp.mamori.selection.domain.Nomination> waiting = book.decisions().stream()
                .filter(d -> d.status() == DecisionStatus.WAITLISTED)
                .map(d -> book.nomination(d.hospitalCode()).orElseThrow())
                .toList();
        Map<HospitalCode, Hospital> flags = registry.hospitals(waiting.stream().map(n -> n.hospital()).toList());
        return waiting.stream().map(n -> {
            Candidate c = n.candidate();
            Hospital h = flags.get(c.hospitalCode());
            return new PriorityFacts(c.hospitalCode(), c.prefecture(), c.rank(), h != null ? h.disasterBase() : c.disasterBase(),
                    h != null ? h.acuteCare() : c.acuteCare(), h != null ? h.emergency() : c.emergency(), c.bedsForRules());
        }).sorted(java.util.Comparator.comparing(PriorityFacts::hospital)).toList();
    }

    public record Withdrawal(Decision withdrawn, Optional<Decision> replacement, Applied applied) {
    }

    /** 辞退: only a selected hospital; its slot goes to the best waiting hospital of the same prefecture. */
    @Transactional
    public Withdrawal withdraw(String programId, HospitalCode hospital, String reason) {
        Actor actor = guard.requireChangePrefecture(hospital.prefecture());
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Problem.field("reason", "MISSING_VALUE", "辞退の理由を入力してください（例: 病院から辞退の連絡があったため）。"));
        }
        jp.mamori.shared.TextRules.checkMultiLine("reason", "辞退の理由", reason.trim(), 500).ifPresent(p -> {
            throw new ValidationException(p);
        });
        Program program = programs.get(programId);
        store.lock(programId);
        for (WithdrawalVeto veto : vetoes) {
            veto.refusal(programId, hospital).ifPresent(r -> {
                throw new ConflictException(r.code(), r.message());
            });
        }
        SelectionBook book = books.forChange(programId);
        SelectionRules rules = SelectionInputs.rules(program);
        Map<HospitalCode, Decision> was = index(book.decisions());
        WithdrawalOutcome outcome;
        try {
            outcome = book.withdraw(rules, hospital, reason.trim());
        } catch (SelectionRefused r) {
            throw new ConflictException("NOT_SELECTED", r.getMessage());
        }
        Applied applied = record(programId, book, rules, outcome.outcome(), was, hospital.prefecture(), hospital, actor);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("withdrawn", outcome.withdrawn());
        after.put("replacement", outcome.replacement().orElse(null));
        audit.change("HOSPITAL_WITHDRAWN", "SELECTION", programId + "/" + hospital, null, after);
        return new Withdrawal(outcome.withdrawn(), outcome.replacement(), applied);
    }

    /** 直接指定: the hospital joins the prefecture's list after its last rank, then the prefecture fill runs. */
    @Transactional
    public Applied designate(String programId, PrefectureCode prefecture, DesignationRequest request) {
        Actor actor = guard.requireChangePrefecture(prefecture);
        Program program = programs.get(programId);
        Hospital hospital = registry.hospital(request.hospitalCode())
                .orElseThrow(() -> new ValidationException(Problem.field("hospitalCode", "UNKNOWN_HOSPITAL",
                        "医療機関コード " + request.hospitalCode() + " の病院は病院台帳にありません。")));
        if (!hospital.prefecture().equals(prefecture)) {
            throw new ValidationException(Problem.field("hospitalCode", "WRONG_PREFECTURE",
                    hospital.name() + "（" + hospital.code() + "）は都道府県" + prefecture + "の病院ではありません。"));
        }
        Set<HospitalCode> completedPreviously = completed.of(program.definition().previousProgramId());
        Nomination added = nominations.appendDesignated(programId, prefecture,
                nominations.checkEntry(prefecture, request.toEntry(hospital, completedPreviously.contains(hospital.code()))));
        store.lock(programId);
        SelectionBook book = books.forChange(programId);
        SelectionRules rules = SelectionInputs.rules(program);
        Map<HospitalCode, Decision> was = index(book.decisions());
        SelectionOutcome outcome;
        try {
            outcome = book.designate(rules, SelectionInputs.candidate(added, hospital, completedPreviously));
        } catch (SelectionRefused r) {
            throw new ValidationException(Problem.field("hospitalCode", r.code().name(), r.getMessage()));
        }
        return record(programId, book, rules, outcome, was, prefecture, hospital.code(), actor);
    }

    /** A submitted list enters the book in the submitting transaction; a refusal rolls the submission back. */
    @EventListener
    public void onSubmitted(NominationsSubmitted submitted) {
        Program program = programs.find(submitted.programId()).orElseThrow();
        store.lock(program.id());
        SelectionBook book = books.forChange(program.id());
        SelectionRules rules = SelectionInputs.rules(program);
        Map<HospitalCode, Hospital> hospitals = registry.hospitals(submitted.nominations().stream().map(Nomination::hospital).toList());
        List<Candidate> candidates = SelectionInputs.candidates(submitted.nominations(), hospitals,
                completed.of(program.definition().previousProgramId()));
        Map<HospitalCode, Decision> was = index(book.decisions());
        SelectionOutcome outcome;
        try {
            outcome = book.submit(rules, submitted.prefecture(), candidates);
        } catch (SelectionRefused r) {
            throw new ValidationException(r.getMessage(), List.of(Problem.field("医療機関コード", r.code().name(), r.getMessage())));
        }
        record(program.id(), book, rules, outcome, was, submitted.prefecture(), null, guard.current());
    }

    private Applied record(String programId, SelectionBook book, SelectionRules rules, SelectionOutcome outcome,
                           Map<HospitalCode, Decision> before, PrefectureCode prefecture, HospitalCode hospital, Actor actor) {
        int seq = store.lastSeq(programId) + 1;
        RequestInfo request = RequestInfo.current();
        var now = clock.instant();
        Map<PrefectureCode, Integer> selectedByPrefecture = new java.util.TreeMap<>();
        book.decisions().stream().filter(Decision::isActiveSelection)
                .forEach(d -> selectedByPrefecture.merge(d.prefectureCode(), 1, Integer::sum));
        store.append(programId, seq, outcome.event(), prefecture == null ? prefectureOf(outcome.event()) : prefecture.value(),
                hospital == null ? null : hospital.value(), outcome.changed().size(), selectedByPrefecture, actor.username(), now,
                request == null ? null : request.requestId());
        store.saveDecisions(programId, outcome.changed(), outcome.removed(), seq, now);
        books.advanced(programId, book, seq);
        events.publishEvent(new SelectionChanged(programId, seq, EventCodec.type(outcome.event()), outcome.changed()));
        return new Applied(book.summary(rules), changes(before, outcome.changed()), seq);
    }

    private static String prefectureOf(SelectionEvent event) {
        if (event instanceof SelectionEvent.NominationsSubmitted e) {
            return e.prefecture().value();
        }
        if (event instanceof SelectionEvent.PrefectureFilled e) {
            return e.prefecture().value();
        }
        if (event instanceof SelectionEvent.HospitalDesignated e) {
            return e.candidate().prefecture().value();
        }
        if (event instanceof SelectionEvent.HospitalWithdrawn e) {
            return e.hospital().prefecture().value();
        }
        return null;
    }

    private static Map<HospitalCode, Decision> index(Collection<Decision> decisions) {
        return decisions.stream().collect(Collectors.toMap(Decision::hospitalCode, Function.identity()));
    }

    private static List<Change> changes(Map<HospitalCode, Decision> before, List<Decision> changed) {
        List<Change> out = new ArrayList<>();
        changed.forEach(d -> out.add(new Change(before.get(d.hospitalCode()), d)));
        return out;
    }

    // ---- reading ------------------------------------------------------------------------

    /** The program as the selection rules see it. */
    public static SelectionRules rulesOf(Program program) {
        return SelectionInputs.rules(program);
    }

    public record View(Summary summary, List<Decision> decisions) {
    }

    /** The ministry and the auditor see every decision; a prefecture its own only. */
    public View selection(String programId) {
        Actor actor = guard.current();
        Program program = programs.get(programId);
        SelectionRules rules = SelectionInputs.rules(program);
        if (actor.national()) {
            List<Decision> all = store.decisions(programId);
            return new View(Summary.of(rules, all), all);
        }
        if (actor.prefecture() == null) {
            guard.requireReadNational();
        }
        return prefectureView(program, rules, actor.prefecture());
    }

    public View selection(String programId, PrefectureCode prefecture) {
        guard.requireReadPrefecture(prefecture);
        Program program = programs.get(programId);
        return prefectureView(program, SelectionInputs.rules(program), prefecture);
    }

    private View prefectureView(Program program, SelectionRules rules, PrefectureCode prefecture) {
        List<Decision> own = store.decisions(program.id(), prefecture);
        SelectionRules ownRules = new SelectionRules(rules.programId(), rules.ruleSet(), rules.fiscalYear(),
                rules.nationalCapacity(), rules.quotas().containsKey(prefecture) ? Map.of(prefecture, rules.quotas().get(prefecture))
                : Map.of(), rules.bands(), rules.bandSpill(), rules.onsiteCompletionDeadline(), rules.emrDeadline(),
                rules.priorityKeys());
        return new View(Summary.of(ownRules, own), own);
    }

    /** Per prefecture: quota, selected, waitlisted, ineligible, withdrawn, open slots. */
    public List<PrefectureSummary> prefectureSummaries(String programId) {
        guard.requireReadNational();
        return prefectureSummariesUnchecked(programId);
    }

    public List<PrefectureSummary> prefectureSummariesUnchecked(String programId) {
        Program program = programs.find(programId).orElseThrow(() -> new NotFoundException("事業「" + programId + "」は登録されていません。"));
        SelectionRules rules = SelectionInputs.rules(program);
        List<Decision> all = store.decisions(programId);
        return registry.prefectures().stream().map(p -> PrefectureSummary.of(rules, p.code(), all)).toList();
    }

    /** §4: registry hospitals the prefecture might designate, best first, with why. */
    public List<DesignationCandidate> designationCandidates(String programId, PrefectureCode prefecture, int limit) {
        guard.requireReadPrefecture(prefecture);
        Program program = programs.get(programId);
        SelectionRules rules = SelectionInputs.rules(program);
        SelectionBook book = books.current(programId);
        List<DesignationCandidate> all = book.designationCandidates(rules, prefecture,
                registry.hospitalsIn(prefecture).stream().map(SelectionInputs::registryHospital).toList(),
                completed.of(program.definition().previousProgramId()));
        return all.subList(0, Math.min(Math.max(limit, 0), all.size()));
    }

    /** One point per day (Japan) with the active selections at that day's end, national or for one prefecture. */
    public record DayCount(java.time.LocalDate date, int selected) {
    }

    public List<DayCount> historyByDay(String programId, PrefectureCode prefecture) {
        if (prefecture == null) {
            guard.requireReadNational();
        } else {
            guard.requireReadPrefecture(prefecture);
        }
        java.util.TreeMap<java.time.LocalDate, Integer> byDay = new java.util.TreeMap<>();
        for (SelectionStore.Progress p : store.progress(programId)) {
            int n = prefecture == null ? p.selected() : p.byPrefecture().getOrDefault(prefecture.value(), 0);
            byDay.put(p.at().atZone(jp.mamori.shared.JapaneseDates.TOKYO).toLocalDate(), n);
        }
        List<DayCount> days = new ArrayList<>();
        if (byDay.isEmpty()) {
            return days;
        }
        // a point for every day up to today, carrying the count over days without events
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(jp.mamori.shared.JapaneseDates.TOKYO));
        java.time.LocalDate last = byDay.lastKey();
        java.time.LocalDate end = today.isAfter(last) ? today : last;
        int current = 0;
        for (java.time.LocalDate d = byDay.firstKey(); !d.isAfter(end);
             d = d.plusDays(1)) {
            current = byDay.getOrDefault(d, current);
            days.add(new DayCount(d, current));
        }
        return days;
    }

    public List<SelectionStore.StoredEvent> history(String programId) {
        guard.requireReadNational();
        return store.eventHeaders(programId);
    }

    /** Replays the stored history from nothing; for checking invariant 6 against the stored decisions. */
    public List<Decision> rederive(String programId) {
        guard.requireReadNational();
        return books.replayed(programId).decisions();
    }
}
