package jp.mamori.report;

import java.time.LocalDate;
import java.util.List;

import jp.mamori.backup.BackupPlans;
import jp.mamori.checklist.ChecklistComparison;
import jp.mamori.inventory.Finding;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.survey.CaseAccess;

/**
 * Everything one report holds, read from the other modules at one moment: the PDF and the Excel version are both
 * made from it, so they cannot disagree.
 *
 * @param madeOn   the day it was put together (Japan time)
 * @param findings the confirmed findings, worst first
 * @param firstToDo the open findings, worst first
 * @param checklist null when no checklist edition is in force for the program's year
 * @param bcp      null when no BCP edition is in force
 */
public record ReportContent(CaseAccess.ReportHeader header, ReportText text, ReportStamp stamp, LocalDate madeOn,
                            Diagram diagram, List<ConnectionPoint> inventory, List<FindingItem> findings,
                            List<FindingItem> firstToDo, Comparison checklist, Comparison bcp, BackupPlans.View backup) {

    public ReportContent {
        text = text == null ? ReportText.empty() : text;
        inventory = List.copyOf(inventory);
        findings = List.copyOf(findings);
        firstToDo = List.copyOf(firstToDo);
    }

    /** The configuration diagram as an image, with its size in diagram units (for the page to keep its proportions). */
    public record Diagram(byte[] png, double width, double height, String title) {
    }

    /**
     * One finding with what the report says of it.
     *
     * @param point the connection point it belongs to as people name it (counterpart, system), null for the hospital as a whole
     * @param cves  for a KEV match, the matched CVE ids in order, each with its ransomware flag; empty otherwise
     */
    public record FindingItem(Finding finding, String point, List<Cve> cves) {
        public FindingItem {
            cves = List.copyOf(cves);
        }

        public boolean ransomware() {
            return cves.stream().anyMatch(Cve::ransomware);
        }
    }

    /** One CVE of a KEV match: the catalogue's vendor and product, and whether ransomware use is known. */
    public record Cve(String id, String vendorProject, String product, boolean ransomware) {
    }

    /** One edition's answers side by side (the hospital's and the contractor's) and how many items differ. */
    public record Comparison(String editionId, String title, List<ChecklistComparison.Row> rows) {
        public long differing() {
            return rows.stream().filter(ChecklistComparison.Row::differs).count();
        }
    }
}
