package jp.mamori.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mamori.backup.BackupPlans;
import jp.mamori.checklist.ChecklistAnswers;
import jp.mamori.checklist.ChecklistComparison;
import jp.mamori.checklist.ChecklistEditions;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.inventory.CaseDiagrams;
import jp.mamori.inventory.ConnectionInventory;
import jp.mamori.inventory.Finding;
import jp.mamori.inventory.Findings;
import jp.mamori.inventory.diagram.DiagramLabels;
import jp.mamori.inventory.diagram.DiagramLayout;
import jp.mamori.inventory.diagram.PngDiagram;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.report.domain.ShownFindings;
import jp.mamori.report.domain.WorstFirst;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.survey.CaseAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts a case's report together from the other modules' public services, without an access check: the caller
 * (the report workflow) has checked and audited the read. The report is Japanese whoever asks for it.
 */
@Service
public class ReportContents {

    private final CaseAccess cases;
    private final ConnectionInventory inventory;
    private final Findings findings;
    private final CaseDiagrams diagrams;
    private final ChecklistEditions editions;
    private final ChecklistAnswers answers;
    private final BackupPlans backup;
    private final MessageSource messages;
    private final Clock clock;

    ReportContents(CaseAccess cases, ConnectionInventory inventory, Findings findings, CaseDiagrams diagrams,
                   ChecklistEditions editions, ChecklistAnswers answers, BackupPlans backup, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.inventory = inventory;
        this.findings = findings;
        this.diagrams = diagrams;
        this.editions = editions;
        this.answers = answers;
        this.backup = backup;
        this.messages = messages;
        this.clock = clock;
    }

    public ReportContent of(long caseId, ReportText text, ReportStamp stamp) {
        CaseAccess.ReportHeader header = cases.reportHeader(caseId);
        List<ConnectionPoint> points = inventory.of(caseId);
        Map<Long, ConnectionPoint> byId = new HashMap<>();
        points.forEach(p -> byId.put(p.id(), p));
        List<Finding> confirmed = findings.of(caseId).stream().filter(f -> ShownFindings.shown(f.state())).toList();
        List<ReportContent.FindingItem> items = WorstFirst.sort(confirmed, Finding::severity, Finding::state, Finding::id).stream()
                .map(f -> new ReportContent.FindingItem(f, pointLabel(byId.get(f.connectionId()), f.connectionId()), cves(f)))
                .toList();
        List<ReportContent.FindingItem> first = items.stream().filter(i -> ShownFindings.toDoFirst(i.finding().state())).toList();
        // the hospital's view: what it may see of its own case, coloured by the findings it sees
        DiagramLayout layout = DiagramLayout.of(diagrams.of(caseId, CaseDiagrams.View.HOSPITAL), DiagramLabels.japanese());
        ReportContent.Diagram diagram = new ReportContent.Diagram(PngDiagram.png(layout), layout.width(), layout.height(), layout.title());
        return new ReportContent(header, text, stamp, LocalDate.now(clock.withZone(JapaneseDates.TOKYO)), diagram, points, items,
                first, comparison(header, EditionKind.CHECKLIST), comparison(header, EditionKind.BCP), backup.current(caseId));
    }

    private ReportContent.Comparison comparison(CaseAccess.ReportHeader header, EditionKind kind) {
        return editions.inForce(kind, header.fiscalYear()).map(e -> comparison(header.hospitalCode(), e)).orElse(null);
    }

    private ReportContent.Comparison comparison(String hospitalCode, Edition e) {
        return new ReportContent.Comparison(e.id(), e.title(), ChecklistComparison.rows(e, answers.forReport(hospitalCode, e.id())));
    }

    /** A point as people name it in the report: its id (as on the inventory sheet), its far end and the system it serves. */
    private String pointLabel(ConnectionPoint p, Long id) {
        if (id == null) {
            return null;
        }
        if (p == null) {
            return messages.getMessage("report.point.deleted", new Object[] {String.valueOf(id)}, Locale.JAPAN);
        }
        return messages.getMessage("report.point.label", new Object[] {String.valueOf(id),
                p.counterpart() == null ? "" : p.counterpart(), p.system() == null ? "" : p.system()}, Locale.JAPAN);
    }

    /** The CVEs a KEV match read, from its evidence (as KevMatchRule writes it); none for any other finding. */
    static List<ReportContent.Cve> cves(Finding f) {
        List<ReportContent.Cve> out = new ArrayList<>();
        if (f.evidence() == null || !(f.evidence().get("cves") instanceof List<?> list)) {
            return out;
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("cveId") != null) {
                out.add(new ReportContent.Cve(String.valueOf(m.get("cveId")), string(m.get("vendorProject")), string(m.get("product")),
                        "Known".equalsIgnoreCase(string(m.get("knownRansomwareCampaignUse")))));
            }
        }
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
