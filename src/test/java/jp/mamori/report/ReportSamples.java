package jp.mamori.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.backup.BackupPlans;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.DecisionChoice;
import jp.mamori.backup.domain.Frequency;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.backup.domain.Separation;
import jp.mamori.checklist.ChecklistComparison;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.inventory.Finding;
import jp.mamori.inventory.diagram.DiagramLabels;
import jp.mamori.inventory.diagram.DiagramLayout;
import jp.mamori.inventory.diagram.DiagramModel;
import jp.mamori.inventory.diagram.PngDiagram;
import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.domain.CaseStep;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A report's content made by hand, without the app or a database: for the renderer's own tests and the benchmark.
 * {@code points} connection points, findings of every severity (one a KEV match), both comparisons, a plan.
 */
public final class ReportSamples {

    public static final String HOSPITAL = "医療法人 試験記念病院";
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private ReportSamples() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** The same template set-up as the app's (classpath templates/, HTML, the messages as #{...}). */
    public static SpringTemplateEngine engine(ResourceBundleMessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportSamples.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** The PDF of a sample, rendered as the app renders it. */
    public static byte[] pdf(ReportContent c) {
        ResourceBundleMessageSource m = messages();
        return ReportPdf.render(ReportRenderer.html(c, engine(m), new ReportTables(m)));
    }

    public static String html(ReportContent c) {
        ResourceBundleMessageSource m = messages();
        return ReportRenderer.html(c, engine(m), new ReportTables(m));
    }

    /** The renderer's two steps apart, for the benchmark: layout to PDF, then the text map put right. */
    public static byte[] layout(String html) {
        return ReportPdf.layout(html);
    }

    public static byte[] searchable(byte[] pdf) {
        return SearchableText.fix(pdf);
    }

    /** The report's tables as plain text lines (title, pairs, header, rows), the benchmark's baseline content. */
    public static List<String> lines(ReportContent c) {
        List<String> out = new ArrayList<>();
        for (ReportTable t : new ReportTables(messages()).all(c)) {
            out.add(t.title());
            t.preface().forEach(p -> out.add(String.join("：", p)));
            out.add(String.join(" | ", t.header()));
            t.rows().forEach(r -> out.add(String.join(" | ", r)));
        }
        return out;
    }

    public static byte[] xlsx(ReportContent c) {
        return ReportWorkbook.write(new ReportTables(messages()).all(c));
    }

    public static ReportContent content(int points) {
        List<ConnectionPoint> inventory = new ArrayList<>();
        Purpose[] purposes = Purpose.values();
        Line[] lines = Line.values();
        for (int i = 1; i <= points; i++) {
            Device d = i == 1 ? new Device("Fortinet", "FortiGate 60F", "6.0.4", "192.0.2.1")
                    : new Device("ヤマハ", "RTX1300", "7.2." + i, "192.0.2." + (i % 250));
            inventory.add(new ConnectionPoint((long) i, 1, purposes[i % purposes.length], "接続先" + i,
                    i % 3 == 0 ? "PACS" : "電子カルテ", lines[i % lines.length], d, i % 2 == 0, "情報システム担当",
                    Authentication.values()[i % 5], i % 2 == 0, true, i % 4 != 0, TODAY.minusDays(i * 7L), i % 5 != 0,
                    PointStatus.values()[i % 3], i == 2 ? "=HYPERLINK(\"http://example.com\")" : null));
        }
        Instant at = Instant.parse("2026-11-20T01:00:00Z");
        Map<String, Object> evidence = new LinkedHashMap<>();
        Map<String, Object> cve = new LinkedHashMap<>();
        cve.put("cveId", "CVE-2018-13379");
        cve.put("vendorProject", "Fortinet");
        cve.put("product", "FortiOS");
        cve.put("knownRansomwareCampaignUse", "Known");
        evidence.put("cves", List.of(cve));
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(1, 1, 1L, "KEV_MATCH", Severity.CRITICAL, "悪用が確認された脆弱性（KEV）の対象製品：Fortinet FortiGate 60F",
                "KEVに載っている製品です（CVE-2018-13379）。", "製造元のアドバイザリで該当バージョンを確認してください。", "CISA KEV",
                FindingState.OPEN, evidence, at, null, null, null, null));
        Severity[] severities = Severity.values();
        for (int i = 2; i <= Math.max(10, points / 2); i++) {
            Severity s = severities[i % severities.length];
            FindingState state = i % 7 == 0 ? FindingState.ACCEPTED : i % 5 == 0 ? FindingState.FIXED : FindingState.OPEN;
            findings.add(new Finding(i, 1, (long) ((i % points) + 1), null, s, "指摘" + i + "：常時接続でパスワードのみ",
                    "<img src=\"http://127.0.0.1:9/leak.png\"> 保守回線が常時接続です。", "二要素認証にしてください。", "ガイドライン 2-3",
                    state, Map.of(), at, "staff", at, state == FindingState.ACCEPTED ? "来年度に更新" : null,
                    state == FindingState.FIXED ? TODAY.minusDays(3) : null));
        }
        List<ReportContent.FindingItem> items = jp.mamori.report.domain.WorstFirst.sort(findings, Finding::severity, Finding::state, Finding::id)
                .stream().map(f -> new ReportContent.FindingItem(f, f.connectionId() == null ? null : "ID " + f.connectionId(),
                        ReportContents.cves(f))).toList();
        List<ReportContent.FindingItem> first = items.stream().filter(i -> i.finding().state() == FindingState.OPEN).toList();
        Map<Long, Severity> worst = new HashMap<>();
        worst.put(1L, Severity.CRITICAL);
        DiagramLayout layout = DiagramLayout.of(new DiagramModel(HOSPITAL, List.of("電子カルテ", "PACS"), inventory, worst, Severity.MEDIUM),
                DiagramLabels.japanese());
        List<CaseAccess.StepLine> steps = new ArrayList<>();
        for (CaseStep s : CaseStep.values()) {
            steps.add(new CaseAccess.StepLine(s, TODAY.minusDays(60 - s.ordinal() * 8L), s.ordinal() < 5 ? TODAY.minusDays(58 - s.ordinal() * 8L) : null));
        }
        CaseAccess.ReportHeader header = new CaseAccess.ReportHeader(1, "1310000001", HOSPITAL, "令和7年度 医療機関におけるサイバーセキュリティ確保事業",
                2025, "株式会社 元請", "株式会社 調査", "lead-surveyor", steps);
        BackupPlan plan = new BackupPlan(List.of(
                new ProtectedSystem("電子カルテ", "EMR", new BigDecimal("2.5"), Frequency.DAILY, 5, Separation.OFFLINE_MEDIA, 24),
                new ProtectedSystem("PACS", "PACS", new BigDecimal("10"), Frequency.WEEKLY, 3, Separation.ISOLATED_NAS, null)),
                300_000, 400_000, false, new Decision(DecisionChoice.ADOPT, TODAY.minusDays(1), null));
        BackupPlans.View backup = new BackupPlans.View(plan, 3, true, List.of());
        return new ReportContent(header, new ReportText("調査の概要です。\n保守回線の管理に課題があります。", List.of("FortiGate の更新", "二要素認証の導入")),
                new ReportStamp(2, "承認者", OffsetDateTime.of(2026, 12, 1, 6, 30, 0, 0, ZoneOffset.UTC), null), TODAY,
                new ReportContent.Diagram(PngDiagram.png(layout), layout.width(), layout.height(), layout.title()), inventory, items, first,
                comparison("CL2025", "チェックリスト"), comparison("BCP2024", "BCP確認表"), backup);
    }

    private static ReportContent.Comparison comparison(String id, String title) {
        List<ChecklistComparison.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ChecklistItem item = new ChecklistItem("1-" + i, "確認項目" + i + "：管理者を決めていますか", List.of(), 2023, Map.of(), null, false, List.of());
            Map<Respondent, String> shown = new LinkedHashMap<>();
            shown.put(Respondent.HOSPITAL, "はい");
            shown.put(Respondent.CONTRACTOR, i % 4 == 0 ? "いいえ" : "はい");
            rows.add(new ChecklistComparison.Row(item, shown, List.of(), i % 4 == 0, i % 4 == 0));
        }
        return new ReportContent.Comparison(id, title, rows);
    }
}
