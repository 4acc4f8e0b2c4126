package jp.mamori.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.mamori.backup.BackupPlans;
import jp.mamori.backup.domain.CostRange;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.checklist.ChecklistComparison;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.inventory.Finding;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.report.domain.ReportDates;
import jp.mamori.survey.CaseAccess;
import org.springframework.context.MessageSource;

/**
 * The report's tables as Japanese text, from its content: what the Excel sheets hold and the PDF's tables show. The
 * template also reads its labels and dates through it ({@code fmt}), so both versions word them alike.
 */
public final class ReportTables {

    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPAN);
    }

    public String label(String key) {
        return label(key, new Object[0]);
    }

    public String label(String key, Object a) {
        return label(key, new Object[] {a});
    }

    public String label(String key, Object a, Object b) {
        return label(key, new Object[] {a, b});
    }

    /** 和暦 and Western: 令和8年12月2日（2026-12-02）. */
    public String both(java.time.LocalDate date) {
        return ReportDates.both(date);
    }

    /** In the order of the Excel sheets: cover and summary, inventory, findings, checklist, BCP, backup. */
    List<ReportTable> all(ReportContent c) {
        return List.of(cover(c, true), inventory(c), findings(c), comparison("report.sheet.checklist", c.checklist()),
                comparison("report.sheet.bcp", c.bcp()), backup(c));
    }

    /** The cover's pairs; with the summary, the priorities and what to do first for the Excel version's first sheet. */
    ReportTable cover(ReportContent c, boolean withSummary) {
        CaseAccess.ReportHeader h = c.header();
        List<List<String>> pre = new ArrayList<>();
        pre.add(List.of(label("report.cover.hospital"), h.hospitalName()));
        pre.add(List.of(label("report.cover.hospitalCode"), h.hospitalCode()));
        pre.add(List.of(label("report.cover.program"), h.programName()));
        pre.add(List.of(label("report.cover.contractor"), text(h.contractorName())));
        if (h.subcontractorName() != null) {
            pre.add(List.of(label("report.cover.subcontractor"), h.subcontractorName()));
        }
        pre.add(List.of(label("report.cover.lead"), text(h.leadSurveyor())));
        pre.add(List.of(label("report.cover.version"), label("report.cover.versionValue", String.valueOf(c.stamp().version()))));
        pre.add(List.of(label("report.cover.approval"), approval(c.stamp())));
        pre.add(List.of(label("report.cover.delivered"), c.stamp().deliveredOn() == null ? label("report.cover.notDelivered")
                : ReportDates.both(c.stamp().deliveredOn())));
        pre.add(List.of(label("report.cover.madeOn"), ReportDates.both(c.madeOn())));
        for (CaseAccess.StepLine s : h.steps()) {
            pre.add(List.of(label("survey.step." + s.step().name()), stepDate(s)));
        }
        if (!withSummary) {
            return new ReportTable(label("report.sheet.cover"), label("report.title"), pre, List.of(), List.of());
        }
        pre.add(List.of(label("report.summary.heading"), text(c.text().summary())));
        for (int i = 0; i < c.text().priorities().size(); i++) {
            pre.add(List.of(label("report.priorities.item", String.valueOf(i + 1)), c.text().priorities().get(i)));
        }
        for (int i = 0; i < c.firstToDo().size(); i++) {
            ReportContent.FindingItem f = c.firstToDo().get(i);
            pre.add(List.of(label("report.firstToDo.item", String.valueOf(i + 1)),
                    label("diagram.severity." + f.finding().severity().name()) + "：" + f.finding().title()
                            + (f.finding().recommendation() == null ? "" : "\n" + f.finding().recommendation())));
        }
        return new ReportTable(label("report.sheet.cover"), label("report.title"), pre, List.of(), List.of());
    }

    String approval(ReportStamp s) {
        if (s.approvedBy() == null) {
            return label("report.cover.draft");
        }
        return label("report.cover.approvedValue", s.approvedBy(), ReportDates.both(s.approvedAt()));
    }

    String stepDate(CaseAccess.StepLine s) {
        if (s.doneOn() != null) {
            return label("report.step.done", ReportDates.both(s.doneOn()));
        }
        if (s.plannedOn() != null) {
            return label("report.step.planned", ReportDates.both(s.plannedOn()));
        }
        return label("report.step.none");
    }

    ReportTable inventory(ReportContent c) {
        List<String> header = Arrays.stream(new String[] {"id", "purpose", "counterpart", "system", "line", "vendor", "product",
                "version", "address", "alwaysOn", "openedBy", "authentication", "sourceRestricted", "logging", "logReviewed",
                "lastPatchedOn", "knownBefore", "status", "note"}).map(k -> label("report.inventory." + k)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ConnectionPoint p : c.inventory()) {
            Device d = p.device();
            rows.add(Arrays.asList(String.valueOf(p.id()), enumLabel("diagram.purpose.", p.purpose()), text(p.counterpart()),
                    text(p.system()), enumLabel("diagram.line.", p.line()), text(d.vendor()), text(d.product()), text(d.version()),
                    text(d.address()), p.alwaysOn() == null ? label("report.unknown")
                            : label(p.alwaysOn() ? "report.alwaysOn" : "report.onDemand"), text(p.openedBy()),
                    enumLabel("inv.auth.", p.authentication()), yesNo(p.sourceRestricted()), yesNo(p.logging()),
                    yesNo(p.logReviewed()), p.lastPatchedOn() == null ? label("report.unknown") : ReportDates.both(p.lastPatchedOn()),
                    yesNo(p.knownBefore()), enumLabel("diagram.status.", p.status()), text(p.note())));
        }
        return new ReportTable(label("report.sheet.inventory"), label("report.inventory.heading"),
                List.of(List.of(label("report.inventory.count"), String.valueOf(c.inventory().size()))), header, rows);
    }

    ReportTable findings(ReportContent c) {
        List<String> header = Arrays.stream(new String[] {"severity", "state", "point", "title", "description", "recommendation",
                "reference", "cves", "ransomware", "decision"}).map(k -> label("report.findings." + k)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.FindingItem i : c.findings()) {
            Finding f = i.finding();
            rows.add(Arrays.asList(label("diagram.severity." + f.severity().name()), label("inv.state." + f.state().name()),
                    i.point() == null ? label("report.findings.hospitalWide") : i.point(), f.title(), text(f.description()),
                    text(f.recommendation()), text(f.reference()),
                    i.cves().stream().map(ReportContent.Cve::id).collect(Collectors.joining("、")),
                    i.cves().isEmpty() ? "" : label(i.ransomware() ? "report.findings.ransomwareKnown" : "report.findings.ransomwareUnknown"),
                    decision(f)));
        }
        return new ReportTable(label("report.sheet.findings"), label("report.findings.heading"), List.of(), header, rows);
    }

    /** What was decided on a finding: the accepted risk's reason, the day it was fixed. */
    String decision(Finding f) {
        return switch (f.state()) {
            case ACCEPTED -> label("report.findings.accepted", text(f.reason()));
            case FIXED -> label("report.findings.fixed", ReportDates.both(f.fixedOn()));
            default -> "";
        };
    }

    ReportTable comparison(String sheetKey, ReportContent.Comparison c) {
        List<String> header = List.of(label("report.checklist.item"), label("report.checklist.text"),
                label("report.checklist.hospital"), label("report.checklist.contractor"), label("report.checklist.differs"));
        if (c == null) {
            return new ReportTable(label(sheetKey), label(sheetKey + ".heading"),
                    List.of(List.of(label("report.checklist.edition"), label("report.checklist.noEdition"))), header, List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (ChecklistComparison.Row r : c.rows()) {
            rows.add(List.of(r.item().displayId(), r.item().text(), text(r.shown().get(Respondent.HOSPITAL)),
                    text(r.shown().get(Respondent.CONTRACTOR)), r.differs() ? label("report.checklist.differ") : ""));
        }
        return new ReportTable(label(sheetKey), label(sheetKey + ".heading"),
                List.of(List.of(label("report.checklist.edition"), c.title() + "（" + c.editionId() + "）"),
                        List.of(label("report.checklist.differing"), label("report.checklist.differingValue",
                                String.valueOf(c.differing()), String.valueOf(c.rows().size())))), header, rows);
    }

    ReportTable backup(ReportContent c) {
        BackupPlans.View v = c.backup();
        List<List<String>> pre = new ArrayList<>();
        List<String> header = Arrays.stream(new String[] {"name", "kind", "dataTb", "frequency", "generations", "separation",
                "restoreTargetHours"}).map(k -> label("backup.system." + k)).toList();
        if (v.plan().declined()) {
            pre.add(List.of(label("report.backup.plan"), label("backup.declined.shown")));
            return new ReportTable(label("report.sheet.backup"), label("report.backup.heading"), pre, header, List.of());
        }
        pre.add(List.of(label("report.backup.plan"), label(v.stored() ? "report.backup.proposed" : "report.backup.seeded")));
        pre.add(List.of(label("backup.totalTb"), label("backup.tb", plain(v.plan().totalTb()))));
        pre.add(List.of(label("backup.rates"), yenRange(v.plan().costPerTbMin(), v.plan().costPerTbMax())));
        CostRange cost = v.costRange();
        pre.add(List.of(label("backup.costRange"), yenRange(cost.min(), cost.max())));
        pre.add(List.of(label("backup.fee.title"), label(v.feeSchedule().met() ? "backup.fee.met" : "backup.fee.notMet")));
        pre.add(List.of(label("backup.decision.title"), decision(v.plan().decision())));
        List<List<String>> rows = new ArrayList<>();
        for (ProtectedSystem s : v.plan().systems()) {
            rows.add(Arrays.asList(text(s.name()), text(s.kind()), s.dataTb() == null ? "" : plain(s.dataTb()),
                    enumLabel("backup.frequency.", s.frequency()), String.valueOf(s.generations()),
                    enumLabel("backup.separation.", s.separation()),
                    s.restoreTargetHours() == null ? label("backup.unset") : label("backup.hours", String.valueOf(s.restoreTargetHours()))));
        }
        return new ReportTable(label("report.sheet.backup"), label("report.backup.heading"), pre, header, rows);
    }

    String yenRange(long min, long max) {
        return label("backup.yenRange", String.format("%,d", min), String.format("%,d", max));
    }

    String decision(Decision d) {
        if (d == null) {
            return label("backup.decision.none");
        }
        String s = label("backup.decision." + d.choice().name()) + "（" + label("backup.decision.on", ReportDates.both(d.decidedOn())) + "）";
        return d.until() == null ? s : s + " " + label("backup.decision.until", ReportDates.both(d.until()));
    }

    private String yesNo(Boolean b) {
        return b == null ? label("report.unknown") : label(b ? "report.yes" : "report.no");
    }

    private String enumLabel(String prefix, Enum<?> e) {
        return e == null ? label("report.unknown") : label(prefix + e.name());
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
