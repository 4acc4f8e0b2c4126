package jp.mamori.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.audit.AuditLog;
import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Contact;
import jp.mamori.shared.ForbiddenException;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentVault;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.CaseSteps;
import jp.mamori.survey.domain.OverduePolicy;
import jp.mamori.survey.domain.StepChange;
import jp.mamori.survey.domain.StepRefusal;
import jp.mamori.survey.domain.SurveyTargets;
import jp.mamori.survey.domain.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases as the API and pages see them: every decision on who may see or change what is CaseAccessPolicy's. */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CaseLedger ledger;
    private final Organizations organizations;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgramService programs;
    private final Registry registry;
    private final NominationService nominations;
    private final DocumentVault documents;
    private final CaseContactStore contacts;

    CaseService(CaseRepository cases, CaseLedger ledger, Organizations organizations, AccessGuard guard, AuditLog audit,
                Clock clock, ProgramService programs, Registry registry, NominationService nominations, DocumentVault documents,
                CaseContactStore contacts) {
        this.contacts = contacts;
        this.cases = cases;
        this.ledger = ledger;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.programs = programs;
        this.registry = registry;
        this.nominations = nominations;
        this.documents = documents;
    }

    /** A case as shown: {@code contacts} and {@code history} are null for whoever may not read them. */
    public record CaseView(SurveyCase surveyCase, String hospitalName, CaseState state, LocalDate onsiteDeadline,
                           List<CaseStep> overdue, List<Contact> contacts, List<CaseHistoryEntry> history) {
    }

    public record Filter(CaseState state, String prefectureCode, String organizationId, boolean overdueOnly) {
    }

    public record Listing(List<CaseView> cases, int total) {
    }

    /**
     * A case as lists filter, count and order it: its state and overdue steps (OverduePolicy) from its dates alone,
     * so a list of thousands builds full views only for the page it shows.
     */
    public record CaseLine(long id, HospitalCode hospital, PrefectureCode prefecture, String organizationId, boolean withdrawn,
                           CaseSteps steps, CaseState state, LocalDate onsiteDeadline, List<CaseStep> overdue) {
    }

    public Listing list(String programId, Filter filter, Integer page, Integer size) {
        List<CaseLine> lines = lines(programId, filter);
        if (page == null && size == null) {
            return new Listing(views(programId, lines), lines.size());
        }
        int s = size == null ? 50 : size;
        int p = page == null ? 0 : page;
        if (s < 1 || s > 500 || p < 0) {
            throw new ValidationException(Problem.field("size", "INVALID_VALUE", "page は0以上、size は1〜500で指定してください。"));
        }
        int from = (int) Math.min((long) p * s, lines.size());
        return new Listing(views(programId, lines.subList(from, Math.min(from + s, lines.size()))), lines.size());
    }

    /** The caller's cases of a program that pass the filter, overdue first, then by hospital code. */
    public List<CaseLine> lines(String programId, Filter filter) {
        Viewer viewer = viewer(guard.current());
        Program program = program(programId);
        SurveyTargets targets = targets(program);
        java.util.Set<HospitalCode> renewing = nominations.renewing(programId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> parents = new java.util.HashMap<>();
        return cases.linesOfProgram(programId).stream()
                .filter(l -> CaseAccessPolicy.canReadState(viewer, scope(l, parents)))
                .filter(l -> filter.prefectureCode() == null || l.prefecture().value().equals(filter.prefectureCode()))
                .filter(l -> filter.organizationId() == null || filter.organizationId().equals(l.organizationId()))
                .map(l -> {
                    LocalDate deadline = renewing.contains(l.hospital()) ? program.definition().onsiteCompletionDeadline() : null;
                    return new CaseLine(l.id(), l.hospital(), l.prefecture(), l.organizationId(), l.withdrawn(), l.steps(),
                            l.steps().state(l.withdrawn()), deadline,
                            OverduePolicy.overdue(l.steps(), targets, deadline, l.withdrawn(), today));
                })
                .filter(l -> filter.state() == null || l.state() == filter.state())
                .filter(l -> !filter.overdueOnly() || !l.overdue().isEmpty())
                .sorted(Comparator.comparing((CaseLine l) -> l.overdue().isEmpty()).thenComparing(l -> l.hospital().value()))
                .toList();
    }

    /** Full views (names, every step's plan) of these lines, in their order; no contacts, no history. */
    public List<CaseView> views(String programId, List<CaseLine> lines) {
        Map<Long, SurveyCase> full = cases.byIds(lines.stream().map(CaseLine::id).toList());
        Map<HospitalCode, Hospital> names = registry.hospitals(lines.stream().map(CaseLine::hospital).toList());
        return lines.stream().filter(l -> full.containsKey(l.id())).map(l -> {
            SurveyCase c = full.get(l.id());
            Hospital h = names.get(l.hospital());
            return new CaseView(c, h == null ? null : h.name(), c.state(), l.onsiteDeadline(), l.overdue(), null, null);
        }).toList();
    }

    public CaseView get(long id) {
        Actor actor = guard.current();
        SurveyCase c = find(id);
        Viewer viewer = viewer(actor);
        CaseScope scope = scope(c);
        if (!CaseAccessPolicy.canReadState(viewer, scope)) {
            throw new AccessDeniedException("case " + id);
        }
        Program program = program(c.programId());
        Nomination row = nominations.nominationsOf(c.programId(), List.of(c.hospital())).get(c.hospital());
        Hospital hospital = registry.hospital(c.hospital()).orElse(null);
        if (CaseAccessPolicy.canReadPersonal(viewer, scope)) {
            audit.event("SURVEY_CASE_READ", "SURVEY_CASE", String.valueOf(id), "連絡先と履歴の閲覧");
            return view(c, program, row, hospital, LocalDate.now(clock),
                    contacts.stored(id).orElse(row == null ? List.of() : row.row().contacts()),
                    cases.history(id));
        }
        return view(c, program, row, hospital, LocalDate.now(clock), null, null);
    }

    /** The first assignment completes ASSIGNMENT on {@code assignedOn}; later ones move the case (and its lead). */
    @Transactional
    public CaseView assign(long id, String organizationId, String leadUsername, LocalDate assignedOn) {
        Actor actor = guard.current();
        SurveyCase c = find(id);
        Viewer viewer = viewer(actor);
        if (!CaseAccessPolicy.canReassign(viewer, scope(c))) {
            throw new AccessDeniedException("case " + id);
        }
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。割り当ては変更できません。");
        }
        Organization target = organizations.find(organizationId).orElseThrow(() -> new ValidationException(Problem.field(
                "organizationId", "UNKNOWN_ORGANIZATION", "組織ID「" + organizationId + "」の組織は登録されていません。組織の一覧を確認してください。")));
        if (!actor.is(Role.MHLW_ADMIN) && !target.contractorId().equals(actor.organizationId())) {
            throw new ValidationException(Problem.field("organizationId", "INVALID_VALUE",
                    "割り当てられるのは自社（" + actor.organizationId() + "）か自社の再委託先だけです。"));
        }
        String lead = leadUsername == null || leadUsername.isBlank() ? null : leadUsername.trim();
        if (lead != null && !organizations.isAccountOf(lead, target.id())) {
            throw new ValidationException(Problem.field("leadUsername", "INVALID_VALUE",
                    "「" + lead + "」は組織「" + target.name() + "」またはその親の事業者の有効な事業者アカウントではありません。"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = assignedOn == null ? today : assignedOn;
        if (!cases.assign(id, c.version(), target.id(), lead)) {
            throw concurrent();
        }
        if (!c.steps().isDone(CaseStep.ASSIGNMENT)) {
            CaseSteps after = refusalsMapped(() -> c.steps().done(CaseStep.ASSIGNMENT, on, new StepChange(today, false, null, false, null)));
            ledger.saveSteps(c, Map.of(CaseStep.ASSIGNMENT, c.row(CaseStep.ASSIGNMENT).withDone(after.get(CaseStep.ASSIGNMENT).doneOn())),
                    actor.username(), null);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("organizationId", c.organizationId());
        before.put("leadUsername", c.leadUsername());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("organizationId", target.id());
        now.put("leadUsername", lead);
        ledger.history(id, actor.username(), "ASSIGNED", null, before, now);
        ledger.assigned(c, target.id(), lead);
        audit.change("SURVEY_CASE_ASSIGNED", "SURVEY_CASE", String.valueOf(id), before, now);
        return get(id);
    }

    /** Assigns every unassigned open case of a prefecture, and keeps the rule for cases that open there later. */
    @Transactional
    public int assignPrefecture(String programId, PrefectureCode prefecture, String organizationId) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        program(programId);
        Organization target = organizations.find(organizationId).orElseThrow(() -> new ValidationException(Problem.field(
                "organizationId", "UNKNOWN_ORGANIZATION", "組織ID「" + organizationId + "」の組織は登録されていません。組織の一覧を確認してください。")));
        cases.saveAssignmentRule(programId, prefecture, target.id(), actor.username());
        int assigned = 0;
        for (SurveyCase c : cases.ofProgram(programId)) {
            if (c.prefecture().equals(prefecture) && c.organizationId() == null && !c.withdrawn()) {
                assign(c.id(), target.id(), null, null);
                assigned++;
            }
        }
        audit.change("SURVEY_PREFECTURE_ASSIGNED", "PROGRAM", programId, null,
                Map.of("prefectureCode", prefecture.value(), "organizationId", target.id(), "assigned", assigned));
        return assigned;
    }

    /** One step's edit; a field not {@code given} is left as it is, a given null clears it. */
    public record StepEdit(Set<String> given, LocalDate plannedOn, LocalTime plannedTime, Integer durationMinutes,
                           List<String> surveyors, LocalDate doneOn, String note, String reason, String mode,
                           List<StepRow.Attendee> attendees) {
        boolean has(String field) {
            return given.contains(field);
        }
    }

    @Transactional
    public CaseView editStep(long id, CaseStep step, StepEdit edit) {
        Actor actor = guard.current();
        SurveyCase c = find(id);
        Viewer viewer = viewer(actor);
        CaseScope scope = scope(c);
        if (!CaseAccessPolicy.canWriteSurvey(viewer, scope) && !actor.is(Role.MHLW_ADMIN)) {
            throw new AccessDeniedException("case " + id);
        }
        LocalDate today = LocalDate.now(clock);
        StepRow row = c.row(step);
        CaseSteps steps = c.steps();
        if (edit.has("plannedOn")) {
            steps = refusalsMapped(steps, s -> s.plan(step, edit.plannedOn(), c.withdrawn()));
        }
        if (edit.has("doneOn")) {
            if (step == CaseStep.PRESURVEY) {
                throw new ValidationException(Problem.field("doneOn", "INVALID_VALUE",
                        "事前調査は、構成図・システム図の登録と質問票・チェックリストの回答がそろうと自動で完了します。完了日は入力できません。"));
            }
            StepChange change = new StepChange(today, c.withdrawn(), missing(c, step),
                    CaseAccessPolicy.canCorrect(viewer, scope), edit.reason());
            if (step == CaseStep.REPORT && c.steps().isDone(CaseStep.REPORT) && !c.withdrawn()) {
                // the approval set this date, a later change withdraws it: no hand moves it
                throw new ConflictException("STEP_INCOMPLETE", REPORT_BY_APPROVAL);
            }
            steps = refusalsMapped(steps, s -> s.done(step, edit.doneOn(), change));
        } else if (c.withdrawn()) {
            refusalsMapped(steps, s -> s.plan(step, null, true));
        }
        StepRow after = new StepRow(step, steps.get(step).plannedOn(),
                edit.has("plannedTime") ? edit.plannedTime() : row.plannedTime(),
                edit.has("durationMinutes") ? edit.durationMinutes() : row.durationMinutes(),
                edit.has("surveyors") ? edit.surveyors() : row.surveyors(),
                steps.get(step).doneOn(),
                edit.has("mode") ? edit.mode() : row.mode(),
                edit.has("attendees") ? edit.attendees() : row.attendees());
        if (!cases.touch(id, c.version())) {
            throw concurrent();
        }
        ledger.saveSteps(c, Map.of(step, after), actor.username(), edit.note() != null ? edit.note() : edit.reason());
        audit.change("SURVEY_CASE_STEP", "SURVEY_CASE", id + "/" + step, c.row(step).dates().toString(), after.dates().toString());
        return get(id);
    }

    @Transactional
    public CaseView share(long id, boolean withPrefecture) {
        Actor actor = guard.current();
        SurveyCase c = find(id);
        if (!CaseAccessPolicy.canWriteAsHospital(viewer(actor), scope(c))) {
            throw new AccessDeniedException("case " + id);
        }
        if (!cases.share(id, c.version(), withPrefecture)) {
            throw concurrent();
        }
        ledger.history(id, actor.username(), "SHARING", withPrefecture ? "都道府県との共有に同意" : "都道府県との共有を取り消し",
                Map.of("prefecture", c.sharedWithPrefecture()), Map.of("prefecture", withPrefecture));
        audit.change("SURVEY_CASE_SHARING", "SURVEY_CASE", String.valueOf(id), Map.of("prefecture", c.sharedWithPrefecture()),
                Map.of("prefecture", withPrefecture));
        return get(id);
    }

    static final String REPORT_BY_APPROVAL = "報告書が主担当以外の事業者アカウントに承認されている必要があります。"
            + "「報告書の承認」は承認により自動で完了するため、完了日は入力できません。報告書の画面で承認を依頼してください。";

    /** What a step still lacks before its done date may be set (null when nothing). */
    private String missing(SurveyCase c, CaseStep step) {
        return switch (step) {
            case ASSIGNMENT -> c.organizationId() == null ? "先に担当の組織を割り当ててください。" : null;
            case MEMORANDUM -> documents.list(c.id()).stream().anyMatch(d -> d.kind() == DocumentKind.MEMORANDUM)
                    ? null : "署名済みの覚書をアップロードしてください。";
            case REPORT -> REPORT_BY_APPROVAL;
            default -> null;
        };
    }

    private CaseView view(SurveyCase c, Program program, Nomination row, Hospital hospital, LocalDate today,
                          List<Contact> contacts, List<CaseHistoryEntry> history) {
        LocalDate deadline = row != null && row.row().renewalPlanned() ? program.definition().onsiteCompletionDeadline() : null;
        List<CaseStep> overdue = OverduePolicy.overdue(c.steps(), targets(program), deadline, c.withdrawn(), today);
        return new CaseView(c, hospital == null ? null : hospital.name(), c.state(), deadline, overdue, contacts, history);
    }

    /** When the step the case waits for should be done (OverduePolicy's due date), or null when nothing sets one yet. */
    public LocalDate dueOfNext(CaseView v) {
        SurveyCase c = v.surveyCase();
        if (c.withdrawn() || v.state() == CaseState.DELIVERED) {
            return null;
        }
        return OverduePolicy.due(c.steps(), targets(program(c.programId())), v.onsiteDeadline(), CaseStep.valueOf(v.state().name()));
    }

    /** The program's targets, with survey.md's defaults for every step it does not set. */
    static SurveyTargets targets(Program program) {
        Map<CaseStep, Integer> given = new EnumMap<>(CaseStep.class);
        program.surveyTargets().forEach((step, days) -> given.put(CaseStep.valueOf(step), days));
        return SurveyTargets.withDefaults(given);
    }

    private SurveyCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
    }

    private Program program(String programId) {
        return programs.find(programId).orElseThrow(() -> new NotFoundException("事業「" + programId + "」が見つかりません。"));
    }

    /** {@code parents} remembers each organization's parent over one list (a handful of organizations, thousands of cases). */
    private CaseScope scope(CaseRepository.Line l, Map<String, String> parents) {
        String parent = l.organizationId() == null ? null : parents.computeIfAbsent(l.organizationId(),
                org -> organizations.parentOf(org).map(Organization::id).orElse(""));
        return new CaseScope(l.hospital().value(), l.prefecture().value(), l.organizationId(),
                parent == null || parent.isEmpty() ? null : parent, l.sharedWithPrefecture());
    }

    CaseScope scope(SurveyCase c) {
        String parent = organizations.parentOf(c.organizationId()).map(Organization::id).orElse(null);
        return new CaseScope(c.hospital().value(), c.prefecture().value(), c.organizationId(), parent, c.sharedWithPrefecture());
    }

    static Viewer viewer(Actor a) {
        return new Viewer(a.role().name(), a.prefecture() == null ? null : a.prefecture().value(),
                a.hospital() == null ? null : a.hospital().value(), a.organizationId(), a.manager());
    }

    private static ConflictException concurrent() {
        return new ConflictException("CONCURRENT_UPDATE", "他の人が先にこの案件を更新しました。最新の内容を読み直して、再度操作してください。");
    }

    private static CaseSteps refusalsMapped(java.util.function.Supplier<CaseSteps> change) {
        try {
            return change.get();
        } catch (StepRefusal r) {
            throw switch (r.kind()) {
                case CONFLICT -> new ConflictException(r.code(), r.getMessage());
                case INVALID -> new ValidationException(Problem.field("doneOn", r.code(), r.getMessage()));
                case FORBIDDEN -> new ForbiddenException(r.code(), r.getMessage());
            };
        }
    }

    private static CaseSteps refusalsMapped(CaseSteps steps, java.util.function.UnaryOperator<CaseSteps> change) {
        return refusalsMapped(() -> change.apply(steps));
    }
}
