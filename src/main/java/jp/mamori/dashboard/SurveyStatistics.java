package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.audit.AuditLog;
import jp.mamori.backup.BackupPlans;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.BackupReachableRule;
import jp.mamori.checklist.ChecklistAnswers;
import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.AnswerKey;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.ChecklistMismatchRule;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.checklist.domain.Target;
import jp.mamori.dashboard.domain.FigureTally;
import jp.mamori.dashboard.domain.Suppressed;
import jp.mamori.dashboard.domain.SuppressionPolicy;
import jp.mamori.dashboard.domain.UnknownBeforeShare;
import jp.mamori.inventory.ConnectionInventory;
import jp.mamori.inventory.Finding;
import jp.mamori.inventory.Findings;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.FindingRule;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.InventoryRules;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.survey.CaseDigest;
import jp.mamori.survey.domain.CaseState;
import org.springframework.stereotype.Service;

/**
 * The survey's national figures (survey.md, "National figures"). Every confidential family is tallied over all
 * prefectures at once and suppressed in one SuppressionPolicy run, so the national row and a prefecture's row come
 * from the same decision and one cannot be subtracted from the other to uncover a hidden figure. Counted: the
 * program's cases; for the confidential figures only cases not withdrawn, and only confirmed findings (OPEN,
 * ACCEPTED, FIXED; not SUGGESTED or DISMISSED, not withdrawn).
 */
@Service
public class SurveyStatistics {

    /** A finding a person wrote carries no rule: counted under this key. */
    static final String MANUAL = "MANUAL";
    static final String UNKNOWN_BEFORE = "UNKNOWN_BEFORE";
    static final String KNOWN_BEFORE = "KNOWN_BEFORE";
    /** The hospital has not decided on the proposed plan yet. */
    static final String UNDECIDED = "UNDECIDED";
    /** The hospital declined the backup part altogether (the plan says so; there is nothing to decide on). */
    static final String PLAN_DECLINED = "PLAN_DECLINED";
    static final List<String> DECISIONS = List.of("ADOPT", "DEFER", "DECLINE", UNDECIDED, PLAN_DECLINED);
    static final List<String> CHOICES = List.of("yes", "no", "na");
    static final Set<FindingState> CONFIRMED = EnumSet.of(FindingState.OPEN, FindingState.ACCEPTED, FindingState.FIXED);

    private final CaseDigest cases;
    private final ConnectionInventory inventory;
    private final Findings findings;
    private final BackupPlans plans;
    private final ChecklistAnswers checklists;
    private final ProgramService programs;
    private final AccessGuard guard;
    private final AuditLog audit;

    SurveyStatistics(CaseDigest cases, ConnectionInventory inventory, Findings findings, BackupPlans plans,
                     ChecklistAnswers checklists, ProgramService programs, AccessGuard guard, AuditLog audit) {
        this.cases = cases;
        this.inventory = inventory;
        this.findings = findings;
        this.plans = plans;
        this.checklists = checklists;
        this.programs = programs;
        this.guard = guard;
        this.audit = audit;
    }

    /** The ministry's and the auditors' national figures; the read on the record. */
    public SurveyStatisticsView national(String programId) {
        guard.requireReadNational();
        Program program = program(programId);
        Run run = run(program);
        audit.event("SURVEY_STATISTICS_READ", "PROGRAM", program.id(), "全国");
        return run.national();
    }

    /** One prefecture's figures: its own users, the ministry, the auditors; the read on the record. */
    public SurveyStatisticsView prefecture(String programId, String prefectureCode) {
        if (!PrefectureCode.isValid(prefectureCode)) {
            throw new NotFoundException("都道府県コード「" + prefectureCode + "」はありません。01〜47の2桁で指定してください。");
        }
        guard.requireReadPrefecture(new PrefectureCode(prefectureCode));
        Program program = program(programId);
        Run run = run(program);
        audit.event("SURVEY_STATISTICS_READ", "PROGRAM", program.id(), "都道府県 " + prefectureCode);
        return run.prefecture(prefectureCode);
    }

    /** Every key of byRule: the rules the system runs, then a person's own findings. */
    static List<String> ruleKeys() {
        List<String> keys = new ArrayList<>(InventoryRules.all().stream().map(FindingRule::id).toList());
        keys.add(BackupReachableRule.ID);
        keys.add(ChecklistMismatchRule.ID);
        keys.add(MANUAL);
        return keys;
    }

    /** An edition's answer keys in the ministry's order: the item id, or one {@code itemId@T} per target. */
    static List<String> answerKeys(Edition edition) {
        List<String> keys = new ArrayList<>();
        for (ChecklistItem item : edition.items()) {
            if (item.perTarget()) {
                for (Target t : item.targets()) {
                    keys.add(AnswerKey.of(item.id(), t));
                }
            } else {
                keys.add(item.id());
            }
        }
        return keys;
    }

    private Program program(String programId) {
        return programs.find(programId).orElseThrow(() -> new NotFoundException("事業「" + programId + "」が見つかりません。"));
    }

    /** One suppression run over a whole program: every scope's figures are read from it. */
    private Run run(Program program) {
        List<CaseDigest.CaseFigure> all = cases.figuresOfProgram(program.id());
        Set<String> prefectures = all.stream().map(CaseDigest.CaseFigure::prefectureCode).collect(Collectors.toCollection(TreeSet::new));
        Map<Long, CaseDigest.CaseFigure> live = all.stream().filter(c -> !c.withdrawn())
                .collect(Collectors.toMap(CaseDigest.CaseFigure::caseId, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        FigureTally purpose = new FigureTally("connections.byPurpose", names(Purpose.values()), prefectures);
        FigureTally line = new FigureTally("connections.byLine", names(Line.values()), prefectures);
        FigureTally known = new FigureTally("connections.unknownBefore", List.of(UNKNOWN_BEFORE, KNOWN_BEFORE), prefectures);
        inventory.ofCases(live.keySet()).forEach((caseId, points) -> {
            CaseDigest.CaseFigure c = live.get(caseId);
            for (ConnectionPoint p : points) {
                purpose.add(c.prefectureCode(), p.purpose().name(), c.hospitalCode(), 1);
                line.add(c.prefectureCode(), (p.line() == null ? Line.UNKNOWN : p.line()).name(), c.hospitalCode(), 1);
                if (p.knownBefore() != null) {
                    known.add(c.prefectureCode(), p.knownBefore() ? KNOWN_BEFORE : UNKNOWN_BEFORE, c.hospitalCode(), 1);
                }
            }
        });

        List<String> rules = new ArrayList<>(ruleKeys());
        Map<Long, List<Finding>> found = findings.ofCases(live.keySet());
        found.values().stream().flatMap(List::stream).map(f -> f.rule() == null ? MANUAL : f.rule())
                .filter(r -> !rules.contains(r)).sorted().distinct().forEach(rules::add);
        FigureTally severity = new FigureTally("findings.bySeverity", names(Severity.values()), prefectures);
        FigureTally rule = new FigureTally("findings.byRule", rules, prefectures);
        found.forEach((caseId, list) -> {
            CaseDigest.CaseFigure c = live.get(caseId);
            for (Finding f : list) {
                if (CONFIRMED.contains(f.state())) {
                    severity.add(c.prefectureCode(), f.severity().name(), c.hospitalCode(), 1);
                    rule.add(c.prefectureCode(), f.rule() == null ? MANUAL : f.rule(), c.hospitalCode(), 1);
                }
            }
        });

        FigureTally decision = new FigureTally("backup.byDecision", DECISIONS, prefectures);
        plans.plansOfCases(live.keySet()).forEach((caseId, plan) -> {
            CaseDigest.CaseFigure c = live.get(caseId);
            decision.add(c.prefectureCode(), decisionKey(plan), c.hospitalCode(), 1);
        });

        Map<String, CaseDigest.CaseFigure> byHospital = new LinkedHashMap<>();
        live.values().forEach(c -> byHospital.put(c.hospitalCode(), c));
        List<ChecklistFamily> checklist = new ArrayList<>();
        for (Edition edition : checklists.editionsInForce(program.definition().fiscalYear().year())) {
            List<String> keys = answerKeys(edition);
            Map<Respondent, Map<String, FigureTally>> tallies = new LinkedHashMap<>();
            for (Respondent r : Respondent.values()) {
                Map<String, FigureTally> byKey = new LinkedHashMap<>();
                keys.forEach(k -> byKey.put(k, new FigureTally("checklist." + edition.id() + "." + k + "." + r.name(), CHOICES,
                        prefectures)));
                tallies.put(r, byKey);
            }
            checklists.answersOf(byHospital.keySet(), edition.id()).forEach((hospital, byRespondent) -> {
                CaseDigest.CaseFigure c = byHospital.get(hospital);
                byRespondent.forEach((respondent, answers) -> answers.forEach((key, answer) -> {
                    FigureTally t = tallies.get(respondent).get(key);
                    if (t != null) {
                        t.add(c.prefectureCode(), choiceKey(answer), hospital, 1);
                    }
                }));
            });
            tallies.forEach((respondent, byKey) -> byKey.forEach((key, t) ->
                    checklist.add(new ChecklistFamily(edition.id(), key, respondent.name(), SuppressionPolicy.apply(t.table())))));
        }
        return new Run(all, SuppressionPolicy.apply(purpose.table()), SuppressionPolicy.apply(line.table()),
                SuppressionPolicy.apply(known.table()), SuppressionPolicy.apply(severity.table()), SuppressionPolicy.apply(rule.table()),
                SuppressionPolicy.apply(decision.table()), checklist);
    }

    static String decisionKey(BackupPlan plan) {
        if (plan.declined()) {
            return PLAN_DECLINED;
        }
        return plan.decision() == null ? UNDECIDED : plan.decision().choice().name();
    }

    private static String choiceKey(Answer a) {
        return switch (a.answer()) {
            case YES -> "yes";
            case NO -> "no";
            case NA -> "na";
        };
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }

    private record ChecklistFamily(String edition, String itemId, String respondent, Suppressed figures) {
    }

    /** The suppressed families of one program, read for one scope. */
    private record Run(List<CaseDigest.CaseFigure> cases, Suppressed purpose, Suppressed line, Suppressed known,
                       Suppressed severity, Suppressed rule, Suppressed decision, List<ChecklistFamily> checklist) {

        SurveyStatisticsView national() {
            return view(cases, null);
        }

        SurveyStatisticsView prefecture(String code) {
            return view(cases.stream().filter(c -> c.prefectureCode().equals(code)).toList(), code);
        }

        /** @param prefecture null for the national row */
        private SurveyStatisticsView view(List<CaseDigest.CaseFigure> scoped, String prefecture) {
            Map<String, Long> byState = new LinkedHashMap<>();
            for (CaseState s : CaseState.values()) {
                byState.put(s.name(), scoped.stream().filter(c -> c.state() == s).count());
            }
            long overdue = scoped.stream().filter(CaseDigest.CaseFigure::overdue).count();
            Map<String, List<CaseDigest.CaseFigure>> byPrefecture = new java.util.TreeMap<>();
            scoped.forEach(c -> byPrefecture.computeIfAbsent(c.prefectureCode(), k -> new ArrayList<>()).add(c));
            List<SurveyStatisticsView.PrefectureCases> rows = byPrefecture.entrySet().stream()
                    .map(e -> new SurveyStatisticsView.PrefectureCases(e.getKey(), e.getValue().size(),
                            e.getValue().stream().filter(c -> c.state() == CaseState.DELIVERED).count(),
                            e.getValue().stream().filter(CaseDigest.CaseFigure::overdue).count()))
                    .toList();
            if (prefecture != null && rows.isEmpty()) {
                rows = List.of(new SurveyStatisticsView.PrefectureCases(prefecture, 0, 0, 0));
            }
            Map<String, Long> knownRow = row(known, prefecture);
            List<SurveyStatisticsView.ChecklistRow> answers = checklist.stream().map(f -> {
                Map<String, Long> r = row(f.figures(), prefecture);
                return new SurveyStatisticsView.ChecklistRow(f.edition(), f.itemId(), f.respondent(), r.get("yes"), r.get("no"), r.get("na"));
            }).toList();
            return new SurveyStatisticsView(SuppressionPolicy.MIN_CELL, new SurveyStatisticsView.Cases(byState, overdue), rows,
                    new SurveyStatisticsView.Connections(row(purpose, prefecture), row(line, prefecture),
                            UnknownBeforeShare.of(knownRow.get(UNKNOWN_BEFORE), knownRow.get(KNOWN_BEFORE))),
                    new SurveyStatisticsView.FindingFigures(row(severity, prefecture), row(rule, prefecture)),
                    new SurveyStatisticsView.BackupFigures(row(decision, prefecture)), answers);
        }

        /** A prefecture with no case has nothing to hide: zeros. Every key is present, null where suppressed. */
        private static Map<String, Long> row(Suppressed s, String prefecture) {
            Map<String, Long> source = prefecture == null ? s.national() : s.prefectures().get(prefecture);
            Map<String, Long> out = new LinkedHashMap<>();
            s.national().keySet().forEach(k -> out.put(k, source == null ? Long.valueOf(0) : source.get(k)));
            return out;
        }
    }
}
