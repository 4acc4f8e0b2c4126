package jp.mamori.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Findings: the list, manual findings, confirm, dismiss and the other moves; each with its history. */
@RestController
@RequestMapping("/api/v1/cases/{id}/findings")
@Tag(name = "Findings")
class FindingApiController {

    static final int TITLE = 300;
    static final int TEXT = 4000;

    private final Findings findings;

    FindingApiController(Findings findings) {
        this.findings = findings;
    }

    @GetMapping
    @Operation(summary = "The case's findings, worst first (the hospital sees no SUGGESTED one; audited)")
    Map<String, Object> list(@PathVariable long id) {
        return Map.of("findings", findings.read(id).stream().map(FindingApiController::json).toList());
    }

    @PostMapping
    @Operation(summary = "A manual finding (the assigned contractor), state OPEN")
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Findings.Shown shown = findings.create(id, manual(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(shown));
    }

    /** A manual finding read from its JSON, every mistake named at once (the page sends the same shape). */
    static Findings.Manual manual(JsonNode body) {
        JsonNode b = body == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;
        List<Problem> problems = new ArrayList<>();
        Long connectionId = null;
        JsonNode c = b.get("connectionId");
        if (c != null && !c.isNull()) {
            if (c.canConvertToLong() && c.isIntegralNumber()) {
                connectionId = c.longValue();
            } else {
                problems.add(Problem.field("connectionId", "INVALID_VALUE", "connectionId は接続点の id（整数）か null で送ってください。"));
            }
        }
        Severity severity = null;
        JsonNode s = b.get("severity");
        if (s != null && !s.isNull()) {
            try {
                severity = Severity.valueOf(s.asText().strip());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.field("severity", "INVALID_VALUE",
                        "重要度（severity）の「" + s.asText() + "」は選べません。選べる値：CRITICAL, HIGH, MEDIUM, LOW, INFO"));
            }
        }
        String title = text(b, "title", "件名", TITLE, false, problems);
        String description = text(b, "description", "説明", TEXT, true, problems);
        String recommendation = text(b, "recommendation", "推奨する対策", TEXT, true, problems);
        String reference = text(b, "reference", "参照（チェックリスト項目・ガイドラインの節）", TITLE, false, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        return new Findings.Manual(connectionId, severity, title, description, recommendation, reference);
    }

    @PostMapping("/{fid}/confirm")
    @Operation(summary = "SUGGESTED → OPEN (the assigned contractor)")
    Map<String, Object> confirm(@PathVariable long id, @PathVariable long fid) {
        return json(findings.move(id, fid, FindingState.OPEN, null, null));
    }

    @PostMapping("/{fid}/dismiss")
    @Operation(summary = "SUGGESTED → DISMISSED with a reason (the assigned contractor)")
    Map<String, Object> dismiss(@PathVariable long id, @PathVariable long fid, @RequestBody(required = false) JsonNode body) {
        return json(findings.move(id, fid, FindingState.DISMISSED, string(body, "reason"), null));
    }

    @PutMapping("/{fid}")
    @Operation(summary = "Move a finding: OPEN, ACCEPTED (reason), FIXED (fixedOn); SUGGESTED reopens a dismissed one")
    Map<String, Object> move(@PathVariable long id, @PathVariable long fid, @RequestBody(required = false) JsonNode body) {
        String state = string(body, "state");
        FindingState to;
        try {
            to = state == null ? null : FindingState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("state", "INVALID_VALUE",
                    "state の「" + state + "」は選べません。選べる値：OPEN, ACCEPTED, FIXED（却下した提案を戻すときは SUGGESTED）"));
        }
        if (to == null) {
            throw new ValidationException(Problem.field("state", "MISSING_VALUE", "変更後の状態を state に入力してください（OPEN, ACCEPTED, FIXED）。"));
        }
        String fixed = string(body, "fixedOn");
        LocalDate fixedOn;
        try {
            fixedOn = fixed == null || fixed.isBlank() ? null : LocalDate.parse(fixed.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(Problem.field("fixedOn", "INVALID_VALUE", "fixedOn は YYYY-MM-DD の形で入力してください（「" + fixed + "」）。"));
        }
        String reason = string(body, "reason");
        checkReason(reason);
        return json(findings.move(id, fid, to, reason, fixedOn));
    }

    static void checkReason(String reason) {
        if (reason != null) {
            TextRules.checkMultiLine("reason", "理由", reason.strip(), TEXT).ifPresent(p -> {
                throw new ValidationException(p);
            });
        }
    }

    private static String text(JsonNode b, String field, String label, int max, boolean multiLine, List<Problem> problems) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return null;
        }
        TextRules.check(field, label, s, max, multiLine).ifPresent(problems::add);
        return s;
    }

    private static String string(JsonNode body, String field) {
        if (body == null || body.get(field) == null || body.get(field).isNull()) {
            return null;
        }
        return body.get(field).asText();
    }

    static Map<String, Object> json(Findings.Shown s) {
        Finding f = s.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("connectionId", f.connectionId());
        m.put("rule", f.rule());
        m.put("severity", f.severity().name());
        m.put("title", f.title());
        m.put("description", f.description());
        m.put("recommendation", f.recommendation());
        m.put("reference", f.reference());
        m.put("state", f.state().name());
        m.put("evidence", f.evidence());
        m.put("createdAt", f.createdAt().atZone(JapaneseDates.TOKYO).toOffsetDateTime().toString());
        m.put("decidedBy", f.decidedBy());
        m.put("decidedAt", f.decidedAt() == null ? null : f.decidedAt().atZone(JapaneseDates.TOKYO).toOffsetDateTime().toString());
        m.put("reason", f.reason());
        m.put("fixedOn", f.fixedOn() == null ? null : f.fixedOn().toString());
        m.put("history", s.history());
        return m;
    }
}
