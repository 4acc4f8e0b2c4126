package jp.mamori.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.checklist.ChecklistAnswers;
import jp.mamori.checklist.domain.RawAnswer;
import jp.mamori.program.ProgramService;
import jp.mamori.security.NewOrganization;
import jp.mamori.security.NewUser;
import jp.mamori.security.OrganizationKind;
import jp.mamori.security.Organizations;
import jp.mamori.security.Role;
import jp.mamori.security.RunAs;
import jp.mamori.security.UserAccount;
import jp.mamori.security.UserAccountService;
import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.survey.CaseDocuments;
import jp.mamori.survey.CaseService;
import jp.mamori.survey.CaseService.CaseView;
import jp.mamori.survey.QuestionnaireService;
import jp.mamori.survey.StepRow;
import jp.mamori.survey.domain.CaseStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The survey half of the demo, a first-start step of its own so an installation that has the older demo gets it on
 * its next start: a contractor and its subcontractor with accounts, the demo cases assigned (most prefectures to the
 * contractor, two to the subcontractor by the per-prefecture rule, one left for the ministry to assign), a few cases
 * in every state the steps can reach today, planned hearings and visits in the coming weeks, one overdue case, and the
 * case of a Tokyo hospital, with an account of its own, shared with its prefecture. Everything goes through the survey's services as the person who
 * would do it, so every rule (step order, memorandum first, four eyes) holds and the history reads as real work.
 * <p>
 * REPORT completes only with the report's approval: ReportDemoSetup, a step of its own, takes two cases past it.
 * PRESURVEY completes itself on the day its documents and answers are in: the steps after it are dated today.
 */
@Component
@Order(40)
class SurveyDemoSetup implements ApplicationRunner {

    static final String CONTRACTOR = "demo-contractor";
    static final String SUBCONTRACTOR = "demo-subcontractor";
    /** The contractor's manager is the older demo's contractor account. */
    static final String MANAGER = "demo-contractor";
    static final String STAFF = "demo-staff";
    static final String SUB_STAFF = "demo-sub";
    /** The demo hospital was chosen before selection and is not selected: this account's hospital has a case. */
    static final String SURVEYED = "demo-surveyed";
    static final List<String> CONTRACTOR_PREFECTURES = List.of("01", "13", "14", "23", "27");
    static final List<String> SUBCONTRACTOR_PREFECTURES = List.of("04", "40");
    // Hiroshima (34) is left unassigned: the ministry's next piece of work in the demo
    private static final String NOTE = "デモ";

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoSetup.class);

    private final FirstStart firstStart;
    private final ProgramService programs;
    private final UserAccountService accounts;
    private final Organizations organizations;
    private final CaseService cases;
    private final CaseDocuments documents;
    private final QuestionnaireService questionnaires;
    private final ChecklistAnswers checklists;
    private final RunAs runAs;
    private final Clock clock;

    SurveyDemoSetup(FirstStart firstStart, ProgramService programs, UserAccountService accounts, Organizations organizations,
                    CaseService cases, CaseDocuments documents, QuestionnaireService questionnaires, ChecklistAnswers checklists, RunAs runAs, Clock clock) {
        this.checklists = checklists;
        this.firstStart = firstStart;
        this.programs = programs;
        this.accounts = accounts;
        this.organizations = organizations;
        this.cases = cases;
        this.documents = documents;
        this.questionnaires = questionnaires;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.complete(SetupStep.DEMO_SURVEY, this::setUp);
    }

    /** Does only what is missing: run again, it changes nothing. */
    void setUp() {
        if (programs.find(DemoSetup.PROGRAM).isEmpty()) {
            return;
        }
        Map<String, String> passwords = runAs.as("demo-mhlw", this::organizationsAndAccounts);
        boolean moved = runAs.as("demo-mhlw", () -> {
            List<CaseView> all = openCases();
            if (all.stream().anyMatch(v -> v.surveyCase().organizationId() != null)) {
                return false; // somebody has assigned cases already: their work is not redone
            }
            work(all, passwords);
            return true;
        });
        if (!passwords.isEmpty()) {
            log.warn(banner(passwords));
        }
        log.info("Demo: survey cases ready{}", moved ? "" : " (cases were assigned already; left as they are)");
    }

    private Map<String, String> organizationsAndAccounts() {
        if (organizations.find(CONTRACTOR).isEmpty()) {
            organizations.createUnchecked(new NewOrganization(CONTRACTOR, "調査事業者", OrganizationKind.CONTRACTOR, null,
                    "demo-contractor@example.jp", "03-0000-1000"));
        }
        if (organizations.find(SUBCONTRACTOR).isEmpty()) {
            organizations.createUnchecked(new NewOrganization(SUBCONTRACTOR, "再委託先 調査支援", OrganizationKind.SUBCONTRACTOR,
                    CONTRACTOR, "demo-subcontractor@example.jp", "092-000-2000"));
        }
        Map<String, UserAccount> existing = accounts.list().stream().collect(Collectors.toMap(UserAccount::username, a -> a));
        Map<String, String> passwords = new LinkedHashMap<>();
        UserAccount manager = existing.get(MANAGER);
        if (manager == null) {
            create(passwords, MANAGER, "調査事業者", "調査 管理者", CONTRACTOR, true);
        } else if (manager.organizationId() == null) {
            // an account from before organizations existed: made the contractor's manager, its password unchanged
            accounts.edit(MANAGER, new UserAccountService.AccountEdit(null, false, null, false, null, null, null, true,
                    CONTRACTOR, true, List.of()));
        }
        if (!existing.containsKey(STAFF)) {
            create(passwords, STAFF, "調査事業者", "調査 一郎", CONTRACTOR, false);
        }
        if (!existing.containsKey(SUB_STAFF)) {
            create(passwords, SUB_STAFF, "再委託先 調査支援", "支援 花子", SUBCONTRACTOR, false);
        }
        return passwords;
    }

    private void create(Map<String, String> passwords, String username, String organization, String displayName,
                        String organizationId, boolean manager) {
        String password = password();
        accounts.createUnchecked(new NewUser(username, password, Role.CONTRACTOR, null, null, organization, displayName,
                username + "@example.jp", organizationId, manager));
        passwords.put(username + " (" + Role.CONTRACTOR + (manager ? " manager" : "") + " " + organizationId + ")", password);
    }

    private List<CaseView> openCases() {
        return cases.list(DemoSetup.PROGRAM, new CaseService.Filter(null, null, null, false), null, null).cases().stream()
                .filter(v -> !v.surveyCase().withdrawn())
                .sorted(Comparator.comparing((CaseView v) -> v.surveyCase().prefecture().value())
                        .thenComparing(v -> v.surveyCase().hospital().value()))
                .toList();
    }

    /** Runs as demo-mhlw: picks the cases that move, moves them as their contractor, then assigns the rest by prefecture. */
    private void work(List<CaseView> all, Map<String, String> passwords) {
        LocalDate today = LocalDate.now(clock);
        Optional<Long> shared = hospitalCase(all, passwords);
        List<Long> contractorCases = pick(all, CONTRACTOR_PREFECTURES, shared);
        List<Long> subCases = pick(all, SUBCONTRACTOR_PREFECTURES, shared);
        Story story = new Story(today);
        int next = 0;
        // three cases in each state, two with their next step planned in the coming weeks
        for (int i = 0; i < 3 && next < contractorCases.size(); i++) {
            story.presurvey(contractorCases.get(next++), CONTRACTOR, STAFF, i < 2 ? today.plusDays(16 + 7L * i) : null);
        }
        for (int i = 0; i < 3 && next < contractorCases.size(); i++) {
            story.hearing(contractorCases.get(next++), CONTRACTOR, STAFF, today.plusDays(2 + 3L * i), LocalTime.of(10 + 2 * i, 0));
        }
        for (int i = 0; i < 3 && next < contractorCases.size(); i++) {
            story.onsite(contractorCases.get(next++), CONTRACTOR, STAFF, today.plusDays(7 + 6L * i));
        }
        for (int i = 0; i < 3 && next < contractorCases.size(); i++) {
            story.report(contractorCases.get(next++), CONTRACTOR, STAFF);
        }
        if (next < contractorCases.size()) {
            story.overdue(contractorCases.get(next++), CONTRACTOR, STAFF);
        }
        if (!subCases.isEmpty()) {
            story.hearing(subCases.get(0), SUBCONTRACTOR, SUB_STAFF, today.plusDays(4), LocalTime.of(13, 30));
        }
        if (subCases.size() > 1) {
            story.presurvey(subCases.get(1), SUBCONTRACTOR, SUB_STAFF, null);
        }
        shared.ifPresent(id -> {
            story.hearing(id, CONTRACTOR, STAFF, today.plusDays(3), LocalTime.of(15, 0));
            runAs.as(SURVEYED, () -> cases.share(id, true));
        });
        CONTRACTOR_PREFECTURES.forEach(p -> cases.assignPrefecture(DemoSetup.PROGRAM, new PrefectureCode(p), CONTRACTOR));
        SUBCONTRACTOR_PREFECTURES.forEach(p -> cases.assignPrefecture(DemoSetup.PROGRAM, new PrefectureCode(p), SUBCONTRACTOR));
    }

    /** A Tokyo hospital's case, with a HOSPITAL account of its own, so the hospital's side of a case under way shows. */
    private Optional<Long> hospitalCase(List<CaseView> all, Map<String, String> passwords) {
        Optional<CaseView> tokyo = all.stream().filter(v -> v.surveyCase().prefecture().value().equals("13")).findFirst();
        tokyo.ifPresent(v -> {
            if (accounts.list().stream().noneMatch(a -> a.username().equals(SURVEYED))) {
                String password = password();
                accounts.createUnchecked(new NewUser(SURVEYED, password, Role.HOSPITAL, null, v.surveyCase().hospital(),
                        v.hospitalName(), v.hospitalName(), SURVEYED + "@example.jp"));
                passwords.put(SURVEYED + " (" + Role.HOSPITAL + " " + v.surveyCase().hospital().value() + ")", password);
            }
        });
        return tokyo.map(v -> v.surveyCase().id());
    }

    private static String password() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return "Demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Cases of these prefectures, taken in turn from each, so every prefecture's page has some under way. */
    private static List<Long> pick(List<CaseView> all, List<String> prefectures, Optional<Long> except) {
        Map<String, List<Long>> byPrefecture = all.stream()
                .filter(v -> prefectures.contains(v.surveyCase().prefecture().value()))
                .filter(v -> except.isEmpty() || v.surveyCase().id() != except.get())
                .collect(Collectors.groupingBy(v -> v.surveyCase().prefecture().value(), LinkedHashMap::new,
                        Collectors.mapping(v -> v.surveyCase().id(), Collectors.toList())));
        List<Long> out = new ArrayList<>();
        int longest = byPrefecture.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Long> ids : byPrefecture.values()) {
                if (i < ids.size()) {
                    out.add(ids.get(i));
                }
            }
        }
        return out;
    }

    /** One case's way through the steps, each done by the contractor's account that would do it. */
    private final class Story {

        private final LocalDate today;

        Story(LocalDate today) {
            this.today = today;
        }

        /** Assigned a fortnight ago, memorandum signed and uploaded a week later: the pre-survey is next. */
        void presurvey(long id, String organization, String worker, LocalDate hearingPlanned) {
            cases.assign(id, organization, worker, today.minusDays(14));
            as(worker, () -> {
                documents.upload(id, "MEMORANDUM", "覚書（署名済み）.pdf", DemoPdf.page("Memorandum on confidential information (demo)",
                        "Ministry, contractor and hospital", "Signed copy"));
                step(id, CaseStep.MEMORANDUM, Map.of("doneOn", today.minusDays(8)));
                if (hearingPlanned != null) {
                    plan(id, CaseStep.HEARING, hearingPlanned, LocalTime.of(10, 0), 90, List.of(worker));
                }
            });
        }

        /** Diagrams and questionnaire in (the pre-survey completes itself today): the hearing is next, planned. */
        void hearing(long id, String organization, String worker, LocalDate planned, LocalTime at) {
            presurvey(id, organization, worker, null);
            as(worker, () -> {
                documents.upload(id, "NETWORK_DIAGRAM", "ネットワーク構成図.pdf", DemoPdf.page("Network diagram (demo)"));
                documents.upload(id, "SYSTEM_DIAGRAM", "システム構成図.pdf", DemoPdf.page("System diagram (demo)"));
                questionnaires.answer(id, answers());
                plan(id, CaseStep.HEARING, planned, at, 90, List.of(worker));
            });
            hospitalChecklist(id);
        }

        /** The hospital's own checklist (PRESURVEY asks it): every item はい, checked today. */
        private void hospitalChecklist(long id) {
            String hospital = runAs.as("demo-mhlw", () -> cases.get(id)).surveyCase().hospital().value();
            int year = programs.find(DemoSetup.PROGRAM).orElseThrow().definition().fiscalYear().year();
            checklists.hospitalEditionOf(year).ifPresent(e -> {
                Map<String, RawAnswer> all = new LinkedHashMap<>();
                e.items().forEach(i -> all.put(i.id(), new RawAnswer("YES", today.toString(), null)));
                checklists.putHospitalAnswersAtStart(hospital, e.id(), all);
            });
        }

        /** The hearing held online today: the on-site survey is next, planned with two surveyors. */
        void onsite(long id, String organization, String worker, LocalDate planned) {
            hearing(id, organization, worker, today, LocalTime.of(10, 0));
            as(worker, () -> {
                step(id, CaseStep.HEARING, Map.of("doneOn", today, "mode", "ONLINE", "attendees", List.of(
                        new StepRow.Attendee("情報 太郎", "病院 情報システム課"), new StepRow.Attendee("保守 次郎", "電子カルテ保守ベンダー"))));
                plan(id, CaseStep.ONSITE, planned, LocalTime.of(13, 30), 180, List.of(worker, MANAGER));
            });
        }

        /** The on-site survey held today: the report is next (it cannot be approved yet). */
        void report(long id, String organization, String worker) {
            onsite(id, organization, worker, today);
            as(worker, () -> step(id, CaseStep.ONSITE, Map.of("doneOn", today)));
        }

        /** Assigned a month ago and no memorandum since: past the 14 days the program allows for it. */
        void overdue(long id, String organization, String worker) {
            cases.assign(id, organization, worker, today.minusDays(30));
        }

        private void plan(long id, CaseStep step, LocalDate on, LocalTime at, int minutes, List<String> surveyors) {
            step(id, step, Map.of("plannedOn", on, "plannedTime", at, "durationMinutes", minutes, "surveyors", surveyors));
        }

        @SuppressWarnings("unchecked")
        private void step(long id, CaseStep step, Map<String, Object> fields) {
            Function<String, Object> f = fields::get;
            cases.editStep(id, step, new CaseService.StepEdit(Set.copyOf(fields.keySet()), (LocalDate) f.apply("plannedOn"),
                    (LocalTime) f.apply("plannedTime"), (Integer) f.apply("durationMinutes"), (List<String>) f.apply("surveyors"),
                    (LocalDate) f.apply("doneOn"), NOTE, null, (String) f.apply("mode"), (List<StepRow.Attendee>) f.apply("attendees")));
        }

        private void as(String username, Runnable work) {
            runAs.as(username, () -> {
                work.run();
                return null;
            });
        }
    }

    /** A complete pre-survey questionnaire (edition Q2025), as a mid-sized hospital might answer it. */
    private static Map<String, Object> answers() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("staff.it", 3);
        a.put("staff.itFullTime", "はい");
        a.put("systems", List.of(
                Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社", "remoteMaintenance", true),
                Map.of("name", "医用画像管理（PACS）", "kind", "PACS", "vendor", "B社", "remoteMaintenance", true),
                Map.of("name", "レセプトコンピュータ", "kind", "CLAIMS", "vendor", "C社", "remoteMaintenance", false)));
        a.put("connections.known", 4);
        a.put("connections.controlled", "わからない");
        a.put("backup.frequency", "毎日");
        a.put("backup.generations", "はい");
        a.put("backup.offline", "いいえ");
        return a;
    }

    private static String banner(Map<String, String> passwords) {
        StringBuilder b = new StringBuilder("\n================================================================\n");
        b.append(" Demo accounts of the survey (shown only once)\n");
        passwords.forEach((user, pw) -> b.append("   ").append(user).append("  password: ").append(pw).append('\n'));
        b.append("================================================================");
        return b.toString();
    }
}
