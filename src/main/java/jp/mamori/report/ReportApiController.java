package jp.mamori.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Report: the lead's text, the four-eyes approval, the versions, the files. */
@RestController
@Tag(name = "Report")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/cases/{id}/report")
    @Operation(summary = "The report as the caller sees it: the current version (contractor) or the delivered one (hospital, prefecture with consent; 404 before); audited")
    Map<String, Object> get(@PathVariable long id) {
        Reports.View view = reports.read(id);
        if (view.shown() == null) {
            if (view.reader() != Reports.Reader.CONTRACTOR) {
                throw new NotFoundException("報告書はまだ納品されていません。");
            }
            Map<String, Object> empty = new LinkedHashMap<>();
            empty.put("summary", null);
            empty.put("priorities", List.of());
            empty.put("version", null);
            empty.put("state", null);
            empty.put("leadUsername", view.progress().leadUsername());
            return empty;
        }
        Map<String, Object> m = describe(view.shown());
        m.put("leadUsername", view.progress().leadUsername());
        return m;
    }

    @PutMapping("/api/v1/cases/{id}/report")
    @Operation(summary = "The case's lead surveyor writes the summary and what to do first; withdraws an approval, or opens a new version after delivery")
    Map<String, Object> put(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ValidationException(Problem.of("INVALID_VALUE", "本文は {\"summary\", \"priorities\":[...]} のJSONで送ってください。"));
        }
        JsonNode s = body.get("summary");
        if (s != null && !s.isNull() && !s.isTextual()) {
            throw new ValidationException(Problem.field("summary", "INVALID_VALUE", "総括（summary）は文字列で送ってください。"));
        }
        JsonNode p = body.get("priorities");
        List<String> priorities = new ArrayList<>();
        if (p != null && !p.isNull()) {
            if (!p.isArray()) {
                throw new ValidationException(Problem.field("priorities", "INVALID_VALUE",
                        "優先して取り組むこと（priorities）は文字列のリストで送ってください。"));
            }
            for (int i = 0; i < p.size(); i++) {
                if (!p.get(i).isTextual()) {
                    throw new ValidationException(new Problem(i + 1, "priorities[" + i + "]", "INVALID_VALUE",
                            "優先して取り組むことの" + (i + 1) + "件目は文字列で送ってください。"));
                }
                priorities.add(p.get(i).asText());
            }
        }
        return describe(reports.write(id, s == null || s.isNull() ? null : s.asText(), priorities));
    }

    @PostMapping("/api/v1/cases/{id}/report/approve")
    @Operation(summary = "An account of the case's contractor other than the lead approves: completes REPORT; 409 FOUR_EYES, STEP_INCOMPLETE, REPORT_EMPTY")
    Map<String, Object> approve(@PathVariable long id) {
        return describe(reports.approve(id));
    }

    @PostMapping("/api/v1/cases/{id}/report/deliver")
    @Operation(summary = "Delivers a later approved version once DELIVERY is done (the first is delivered by the DELIVERY step)")
    Map<String, Object> deliver(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        LocalDate on = null;
        JsonNode d = body == null ? null : body.get("deliveredOn");
        if (d != null && !d.isNull()) {
            try {
                on = LocalDate.parse(d.asText().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValidationException(Problem.field("deliveredOn", "INVALID_VALUE",
                        "納品日（deliveredOn）は YYYY-MM-DD の形で入力してください（例 2026-01-31）。"));
            }
        }
        return describe(reports.redeliver(id, on));
    }

    @GetMapping("/api/v1/cases/{id}/reports")
    @Operation(summary = "The report's versions: all for the contractor, the delivered ones for the hospital and the prefecture with consent; audited")
    Map<String, Object> versions(@PathVariable long id) {
        return Map.of("versions", reports.versions(id).stream().map(ReportApiController::line).toList());
    }

    @GetMapping("/api/v1/cases/{id}/report.pdf")
    @Operation(summary = "The current draft rendered now (contractor) or the delivered PDF as stored (hospital, prefecture with consent; 404 before)")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
        Reports.Download d = reports.pdf(id, version);
        return Downloads.attachment(d.content(), MediaType.APPLICATION_PDF, d.fileName());
    }

    @GetMapping("/api/v1/cases/{id}/report.xlsx")
    @Operation(summary = "As report.pdf, the Excel file")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer version) {
        Reports.Download d = reports.xlsx(id, version);
        return Downloads.xlsx(d.content(), d.fileName());
    }

    static Map<String, Object> line(ReportVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("approvedBy", v.approvedBy());
        OffsetDateTime at = v.stamp().approvedAt();
        m.put("approvedAt", at == null ? null : at.toString());
        m.put("deliveredOn", v.deliveredOn() == null ? null : v.deliveredOn().toString());
        m.put("sha256", v.sha256());
        m.put("documentId", v.documentId() == null ? null : v.documentId().toString());
        m.put("xlsxSha256", v.xlsxSha256());
        m.put("xlsxDocumentId", v.xlsxDocumentId() == null ? null : v.xlsxDocumentId().toString());
        return m;
    }

    static Map<String, Object> describe(ReportVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", v.text().summary());
        m.put("priorities", v.text().priorities());
        m.putAll(line(v));
        m.put("writtenBy", v.writtenBy());
        return m;
    }
}
