package jp.mamori.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report to the hospital as PDF and as Excel, in Japanese whoever asks, from one {@link ReportContent}.
 * No access check: the caller checked and audited the read.
 */
@Service
public class ReportRenderer {

    /** The printable area of an A4 landscape page below the diagram's heading, in mm. */
    static final double DIAGRAM_MAX_WIDTH_MM = 270;
    static final double DIAGRAM_MAX_HEIGHT_MM = 150;
    /** A diagram unit is a CSS pixel: never drawn larger than that (0.2646 mm). */
    static final double MM_PER_UNIT = 25.4 / 96;

    private final ReportContents contents;
    private final ITemplateEngine templates;
    private final ReportTables tables;

    ReportRenderer(ReportContents contents, ITemplateEngine templates, MessageSource messages) {
        this.contents = contents;
        this.templates = templates;
        this.tables = new ReportTables(messages);
    }

    /** The report as PDF; no access check (the caller checked and audited the read). */
    public byte[] pdf(long caseId, ReportText text, ReportStamp stamp) {
        return ReportPdf.render(html(contents.of(caseId, text, stamp), templates, tables));
    }

    /** The same tables as Excel, one sheet each, text-safe cells. */
    public byte[] xlsx(long caseId, ReportText text, ReportStamp stamp) {
        return ReportWorkbook.write(tables.all(contents.of(caseId, text, stamp)));
    }

    /** The template filled in (XHTML): what the PDF is made from. */
    static String html(ReportContent c, ITemplateEngine templates, ReportTables tables) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("c", c);
        context.setVariable("fmt", tables);
        context.setVariable("cover", tables.cover(c, false));
        Map<String, ReportTable> byName = new LinkedHashMap<>();
        byName.put("inventory", tables.inventory(c));
        byName.put("backup", tables.backup(c));
        context.setVariable("tables", byName);
        context.setVariable("comparisons", List.of(tables.comparison("report.sheet.checklist", c.checklist()),
                tables.comparison("report.sheet.bcp", c.bcp())));
        context.setVariable("severityGroups", groups(c.findings()));
        context.setVariable("hospitalWide", tables.label("report.findings.hospitalWide"));
        context.setVariable("diagramSrc", "data:image/png;base64," + Base64.getEncoder().encodeToString(c.diagram().png()));
        context.setVariable("diagramStyle", diagramStyle(c.diagram().width(), c.diagram().height()));
        return templates.process("report/report", context);
    }

    /** Findings of one severity, in the order given (worst first already). */
    public record SeverityGroup(Severity severity, List<ReportContent.FindingItem> items) {
    }

    static List<SeverityGroup> groups(List<ReportContent.FindingItem> findings) {
        List<SeverityGroup> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<ReportContent.FindingItem> of = findings.stream().filter(i -> i.finding().severity() == s).toList();
            if (!of.isEmpty()) {
                out.add(new SeverityGroup(s, of));
            }
        }
        return out;
    }

    /** The diagram's printed size: its proportions kept, as large as one page allows, never above one CSS pixel per unit. */
    static String diagramStyle(double width, double height) {
        double scale = Math.min(MM_PER_UNIT, Math.min(DIAGRAM_MAX_WIDTH_MM / width, DIAGRAM_MAX_HEIGHT_MM / height));
        return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", width * scale, height * scale);
    }
}
