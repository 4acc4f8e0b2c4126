package jp.mamori.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.mamori.inventory.ConnectionInventory;
import jp.mamori.inventory.Findings;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.program.ProgramService;
import jp.mamori.report.Reports;
import jp.mamori.security.RunAs;
import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import jp.mamori.survey.CaseService;
import jp.mamori.survey.CaseService.CaseView;
import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The report half of the demo, a first-start step of its own (added after the survey demo, so an installation that
 * has it gets this on its next start): of the contractor's cases waiting for their report, the first is written by its
 * lead, approved by the manager and delivered; the second written and approved, waiting for delivery. The rest stay
 * at REPORT. Everything goes through the report's and the survey's services as the person who would do it.
 */
@Component
@Order(41)
class ReportDemoSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoSetup.class);

    private final FirstStart firstStart;
    private final ProgramService programs;
    private final CaseService cases;
    private final Reports reports;
    private final RunAs runAs;
    private final Clock clock;
    private final ConnectionInventory inventory;
    private final Findings findings;
    private final ObjectMapper json = new ObjectMapper();

    ReportDemoSetup(FirstStart firstStart, ProgramService programs, CaseService cases, Reports reports, RunAs runAs, Clock clock,
                    ConnectionInventory inventory, Findings findings) {
        this.inventory = inventory;
        this.findings = findings;
        this.firstStart = firstStart;
        this.programs = programs;
        this.cases = cases;
        this.reports = reports;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.complete(SetupStep.DEMO_REPORT, this::setUp);
    }

    /** Does only what is missing: a case whose report was begun is left as it is. */
    void setUp() {
        if (programs.find(DemoSetup.PROGRAM).isEmpty()) {
            return;
        }
        List<CaseView> contractors = runAs.as(SurveyDemoSetup.MANAGER, () -> cases.list(DemoSetup.PROGRAM,
                new CaseService.Filter(null, null, SurveyDemoSetup.CONTRACTOR, false), null, null).cases());
        if (contractors.stream().anyMatch(v -> v.state() == CaseState.DELIVERY || v.state() == CaseState.DELIVERED)) {
            return; // only this step takes cases past REPORT: it has run, or somebody has done the work already
        }
        List<CaseView> waiting = contractors.stream()
                .filter(v -> v.state() == CaseState.REPORT && SurveyDemoSetup.STAFF.equals(v.surveyCase().leadUsername()))
                .sorted(Comparator.comparing(v -> v.surveyCase().hospital().value()))
                .filter(v -> runAs.as(SurveyDemoSetup.MANAGER, () -> reports.read(v.surveyCase().id()).shown()) == null)
                .limit(2).toList();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < waiting.size(); i++) {
            long id = waiting.get(i).surveyCase().id();
            runAs.as(SurveyDemoSetup.STAFF, () -> {
                surveyed(id, today);
                return null;
            });
            runAs.as(SurveyDemoSetup.STAFF, () -> reports.write(id, SUMMARY, PRIORITIES));
            runAs.as(SurveyDemoSetup.MANAGER, () -> reports.approve(id));
            if (i == 0) {
                runAs.as(SurveyDemoSetup.STAFF, () -> cases.editStep(id, CaseStep.DELIVERY, new CaseService.StepEdit(Set.of("doneOn"),
                        null, null, null, null, today, "デモ", null, null, null)));
            }
        }
        log.info("Demo: {} survey report(s) written and approved, {} delivered", waiting.size(), Math.min(1, waiting.size()));
    }

    /**
     * What the summary below speaks of, so the demo report shows it: the four points found on site, the rules'
     * suggestions confirmed by the surveyor (a FortiGate under its Japanese vendor name gives a KEV match).
     */
    private void surveyed(long caseId, LocalDate today) {
        if (!inventory.of(caseId).isEmpty()) {
            return;
        }
        inventory.create(caseId, point("REMOTE_MAINTENANCE", "電子カルテ保守センター", "電子カルテ", "INTERNET_VPN", "フォーティネット株式会社",
                "FortiGate 60E", "FortiOS 6.0.4", true, "PASSWORD", false, false, today.minusYears(3), false));
        inventory.create(caseId, point("REMOTE_MAINTENANCE", "PACS保守事業者", "医用画像管理（PACS）", "INTERNET_VPN", "ヤマハ",
                "RTX1300", "7.2.8", false, "TWO_FACTOR", true, true, today.minusDays(20), true));
        inventory.create(caseId, point("ONLINE_QUALIFICATION", "オンライン資格確認等システム", "レセプトコンピュータ", "CLOSED_NETWORK",
                "NEC", "UNIVERGE IX2215", "10.8", true, "CERTIFICATE", true, true, today.minusDays(40), true));
        inventory.create(caseId, point("EMAIL", "メールサービス", null, "INTERNET_VPN", "ヤマハ", "RTX1300", "7.2.8", true,
                "TWO_FACTOR", true, true, today.minusDays(20), true));
        for (var f : findings.of(caseId)) {
            if (f.state() == FindingState.SUGGESTED) {
                findings.move(caseId, f.id(), FindingState.OPEN, "現地調査で確認", null);
            }
        }
    }

    private ObjectNode point(String purpose, String counterpart, String system, String line, String vendor, String product,
                             String version, boolean alwaysOn, String authentication, boolean sourceRestricted, boolean logging,
                             LocalDate patchedOn, boolean knownBefore) {
        ObjectNode m = json.createObjectNode();
        m.put("purpose", purpose).put("counterpart", counterpart).put("system", system).put("line", line)
                .put("alwaysOn", alwaysOn).put("authentication", authentication).put("sourceRestricted", sourceRestricted)
                .put("logging", logging).put("logReviewed", logging).put("lastPatchedOn", patchedOn.toString())
                .put("status", "ONSITE").put("knownBefore", knownBefore).put("openedBy", "情報システム担当");
        m.putObject("device").put("vendor", vendor).put("product", product).put("version", version);
        return m;
    }

    private static final String SUMMARY = """
            外部との接続点は、電子カルテと医用画像管理（PACS）の保守回線を含めて4か所を確認しました。
            リモート保守のVPN装置は多要素認証が設定されておらず、接続元の制限もありません。
            バックアップはネットワークにつながったままの装置にしかなく、ランサムウェアに暗号化されるおそれがあります。""";

    private static final List<String> PRIORITIES = List.of(
            "保守用VPN装置に多要素認証を設定し、接続元を保守事業者に限る",
            "電子カルテのバックアップを、ネットワークから切り離した媒体にも取る",
            "保守回線を常時接続から、作業時だけの接続に改める");
}
