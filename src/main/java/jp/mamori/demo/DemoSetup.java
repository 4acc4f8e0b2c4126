package jp.mamori.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.mamori.nomination.NominationService;
import jp.mamori.nomination.form.FormHeader;
import jp.mamori.nomination.form.FormWriter;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.HospitalFlags;
import jp.mamori.registry.Registry;
import jp.mamori.registry.RegistryService;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.RunAs;
import jp.mamori.security.UserAccount;
import jp.mamori.security.UserAccountService;
import jp.mamori.selection.DesignationRequest;
import jp.mamori.selection.SelectionService;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With MAMORI_DEMO on, the first start fills the demo program: nominations of eight prefectures built
 * from the real registry, the prefecture and national fills, a withdrawal with its replacement, a
 * designation, and one account per role whose passwords are printed once.
 * <p>
 * All of it is one transaction with its first-start step: a start killed half-way leaves nothing of the demo, and
 * the next start does it all and prints the passwords. They are printed just before the commit; if the commit
 * fails after that, the next start prints new ones.
 */
@Component
@Order(30)
class DemoSetup implements ApplicationRunner {

    static final String PROGRAM = "FY2025";
    /** Prefecture → share of its quota it nominates: above 1 leaves a waitlist, below 1 leaves open slots. */
    static final Map<String, Double> PREFECTURES = new LinkedHashMap<>();

    static {
        PREFECTURES.put("01", 1.4);
        PREFECTURES.put("04", 0.6);
        PREFECTURES.put("13", 1.3);
        PREFECTURES.put("14", 1.2);
        PREFECTURES.put("23", 1.5);
        PREFECTURES.put("27", 1.1);
        PREFECTURES.put("34", 0.8);
        PREFECTURES.put("40", 1.3);
    }

    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    private final ProgramService programs;
    private final NominationService nominations;
    private final SelectionService selection;
    private final Registry registry;
    private final RegistryService registryService;
    private final UserAccountService accounts;
    private final RunAs runAs;
    private final jp.mamori.security.Organizations organizations;
    private final FirstStart firstStart;

    DemoSetup(FirstStart firstStart, ProgramService programs, NominationService nominations, SelectionService selection,
              Registry registry, RegistryService registryService, UserAccountService accounts, RunAs runAs,
              jp.mamori.security.Organizations organizations) {
        this.organizations = organizations;
        this.firstStart = firstStart;
        this.programs = programs;
        this.nominations = nominations;
        this.selection = selection;
        this.registry = registry;
        this.registryService = registryService;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.complete(SetupStep.DEMO_DATA, this::setUp);
    }

    private void setUp() {
        if (programs.find(PROGRAM).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, String> passwords = createAccounts();
        runAs.as("demo-mhlw", () -> {
            if (selection.history(PROGRAM).isEmpty()) {
                fill();
            }
            return null;
        });
        log.warn(banner(passwords));
        log.info("Demo: nominations, fills, a withdrawal and a designation ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, String> createAccounts() {
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, UserAccount> existing = accounts.count() > 1 ? leftByAnOlderVersion() : Map.of();
        Hospital tokyoHospital = largest("13").get(0);
        create(existing, passwords, "demo-mhlw", Role.MHLW_ADMIN, null, null, "厚生労働省 医政局");
        create(existing, passwords, "demo-tokyo", Role.PREFECTURE, new PrefectureCode("13"), null, "東京都 保健医療局");
        create(existing, passwords, "demo-miyagi", Role.PREFECTURE, new PrefectureCode("04"), null, "宮城県 保健福祉部");
        create(existing, passwords, "demo-hospital", Role.HOSPITAL, null, tokyoHospital.code(), tokyoHospital.name());
        create(existing, passwords, "demo-contractor", Role.CONTRACTOR, null, null, "調査事業者");
        create(existing, passwords, "demo-auditor", Role.AUDITOR, null, null, "監査担当");
        return passwords;
    }

    /** An account left by a demo that an older version began is kept, with a new password (the old one was never shown). */
    private void create(Map<String, UserAccount> existing, Map<String, String> passwords, String username, Role role, PrefectureCode pref,
                        jp.mamori.shared.HospitalCode hospital, String organization) {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        String password = "Demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        UserAccount old = existing.get(username);
        if (old != null) {
            runAs.as("demo-mhlw", () -> {
                accounts.resetPassword(old.id(), password);
                return null;
            });
        } else {
            accounts.createUnchecked(new NewUser(username, password, role, pref, hospital, organization, organization,
                    username + "@example.jp", role == Role.CONTRACTOR ? demoContractor(organization) : null, role == Role.CONTRACTOR));
        }
        passwords.put(username + " (" + role + (pref != null ? " " + pref : "") + ")", password);
    }

    /** The demo contractor's organization, so its account can be given cases. */
    private String demoContractor(String name) {
        String id = "demo-contractor";
        if (organizations.find(id).isEmpty()) {
            organizations.createUnchecked(new jp.mamori.security.NewOrganization(id, name,
                    jp.mamori.security.OrganizationKind.CONTRACTOR, null, "demo-contractor@example.jp", null));
        }
        return id;
    }

    /** Before first-start steps existed, a start killed after the accounts left them without their data. */
    private Map<String, UserAccount> leftByAnOlderVersion() {
        try {
            return runAs.as("demo-mhlw", () -> accounts.list().stream()
                    .collect(java.util.stream.Collectors.toMap(UserAccount::username, a -> a)));
        } catch (IllegalArgumentException noDemoAccount) {
            return Map.of();
        }
    }

    private void fill() {
        Program program = programs.get(PROGRAM);
        Random random = new Random(2025);
        for (Map.Entry<String, Double> e : PREFECTURES.entrySet()) {
            PrefectureCode pref = new PrefectureCode(e.getKey());
            List<Hospital> hospitals = largest(e.getKey());
            if (!hospitals.isEmpty()) {
                registryService.setFlags(hospitals.get(0).code(), new HospitalFlags(true, true, true));
            }
            int count = Math.min(hospitals.size(), (int) Math.ceil(program.definition().quota(pref) * e.getValue()));
            List<NominationRow> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                rows.add(row(i + 1, hospitals.get(i), random));
            }
            byte[] form = new FormWriter().write(new FormHeader(program.name(), pref, registry.prefecture(pref).nameJa(),
                    program.window().lastDay(pref)), rows, List.of());
            nominations.upload(PROGRAM, pref, form, "demo.xlsx", "DEMO");
        }
        selection.fill(PROGRAM, SelectionService.Scope.PREFECTURES);
        selection.fill(PROGRAM, SelectionService.Scope.NATIONAL);
        Decision tokyoSelected = selection.selection(PROGRAM, new PrefectureCode("13")).decisions().stream()
                .filter(d -> d.status() == DecisionStatus.SELECTED).skip(3).findFirst().orElseThrow();
        selection.withdraw(PROGRAM, tokyoSelected.hospitalCode(), "院内システムの更改作業と重なるため（デモ）");
        selection.designationCandidates(PROGRAM, new PrefectureCode("04"), 1).stream().findFirst().ifPresent(c ->
                selection.designate(PROGRAM, new PrefectureCode("04"), new DesignationRequest(c.hospital().code(), true,
                        contacts(c.hospital().code().value()), EmrStatus.ALL.label(), SupportWanted.BOTH.label(), null, false,
                        null, null, "デモ: 県による直接指定")));
    }

    /** Mostly eligible; a few without consent, with EMR only planned, or wanting the backup support alone. */
    private static NominationRow row(int rank, Hospital h, Random random) {
        int roll = random.nextInt(100);
        EmrStatus emr = roll < 4 ? EmrStatus.PLANNED : roll < 30 ? EmrStatus.PARTIAL : EmrStatus.ALL;
        boolean consent = roll < 4 || roll >= 8;
        SupportWanted support = roll >= 8 && roll < 11 ? SupportWanted.BACKUP_ONLY
                : roll < 40 ? SupportWanted.CONNECTION_ONLY : SupportWanted.BOTH;
        return new NominationRow(rank, h.code(), h.name(), h.beds(), emr,
                emr == EmrStatus.PLANNED ? java.time.LocalDate.of(2026, 3, 31) : null, false, null,
                roll >= 95 ? PreviousYearParticipation.WITHDREW_AFTER_PRESURVEY : PreviousYearParticipation.NONE, support, consent,
                rank <= 3 ? "地域の救急医療を担う中核病院" : null, contacts(h.code().value()), null, 0);
    }

    private static List<Contact> contacts(String code) {
        return List.of(new Contact("情報システム課", "情報 太郎", "03-0000-0001", "it-" + code + "@example.jp"),
                new Contact("事務部", "事務 花子", "03-0000-0002", "office-" + code + "@example.jp"));
    }

    private List<Hospital> largest(String pref) {
        return registry.hospitalsIn(new PrefectureCode(pref)).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20)
                .sorted(Comparator.comparing(Hospital::beds).reversed().thenComparing(Hospital::code))
                .toList();
    }

    private static String banner(Map<String, String> passwords) {
        StringBuilder b = new StringBuilder("\n================================================================\n");
        b.append(" Demo accounts (shown only once; the admin account is printed above or set by MAMORI_ADMIN_PASSWORD)\n");
        passwords.forEach((user, pw) -> b.append("   ").append(user).append("  password: ").append(pw).append('\n'));
        b.append("================================================================");
        return b.toString();
    }
}
