package jp.mamori.survey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Survey cases")
class CaseApiController {

    private final CaseService cases;

    CaseApiController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/programs/{pid}/cases")
    @Operation(summary = "Cases of a program in the caller's scope (overdue first)")
    Map<String, Object> list(@PathVariable String pid, @RequestParam(required = false) String state,
                             @RequestParam(required = false) String prefectureCode, @RequestParam(required = false) String organizationId,
                             @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        CaseState s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = CaseState.valueOf(state.trim());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Problem.field("state", "INVALID_VALUE",
                        "state は ASSIGNMENT, MEMORANDUM, PRESURVEY, HEARING, ONSITE, REPORT, DELIVERY, DELIVERED, WITHDRAWN のいずれかです。"));
            }
        }
        CaseService.Listing listing = cases.list(pid, new CaseService.Filter(s, blank(prefectureCode), blank(organizationId),
                Boolean.TRUE.equals(overdue)), page, size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cases", listing.cases().stream().map(v -> json(v, false)).toList());
        if (page != null || size != null) {
            out.put("total", listing.total());
        }
        return out;
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case; contacts and history only for the assigned contractor and the hospital (audited)")
    Map<String, Object> get(@PathVariable long id) {
        return json(cases.get(id), true);
    }

    record AssignmentRequest(String organizationId, String leadUsername, String assignedOn) {
    }

    @PutMapping("/cases/{id}/assignment")
    @Operation(summary = "Assign a case (MHLW_ADMIN; a manager of its contractor between itself and its subcontractors)")
    Map<String, Object> assign(@PathVariable long id, @RequestBody AssignmentRequest r) {
        if (r.organizationId() == null || r.organizationId().isBlank()) {
            throw new ValidationException(Problem.field("organizationId", "MISSING_VALUE", "割り当てる組織の組織ID（organizationId）を指定してください。"));
        }
        LocalDate on = r.assignedOn() == null ? null : date("assignedOn", r.assignedOn());
        return json(cases.assign(id, r.organizationId().trim(), r.leadUsername(), on), true);
    }

    record PrefectureAssignmentRequest(String prefectureCode, String organizationId) {
    }

    @PutMapping("/programs/{pid}/cases/assignment")
    @Operation(summary = "Assign every unassigned case of a prefecture, and the cases that open there later (MHLW_ADMIN)")
    Map<String, Object> assignPrefecture(@PathVariable String pid, @RequestBody PrefectureAssignmentRequest r) {
        if (r.prefectureCode() == null || !PrefectureCode.isValid(r.prefectureCode().trim())) {
            throw new ValidationException(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47の2桁で入力してください。"));
        }
        if (r.organizationId() == null || r.organizationId().isBlank()) {
            throw new ValidationException(Problem.field("organizationId", "MISSING_VALUE", "割り当てる組織の組織ID（organizationId）を指定してください。"));
        }
        return Map.of("assigned", cases.assignPrefecture(pid, new PrefectureCode(r.prefectureCode().trim()), r.organizationId().trim()));
    }

    @PutMapping("/cases/{id}/steps/{step}")
    @Operation(summary = "Plan a step or record (correct) its done date; absent fields stay, null clears")
    Map<String, Object> step(@PathVariable long id, @PathVariable String step, @RequestBody JsonNode body) {
        CaseStep s;
        try {
            s = CaseStep.valueOf(step);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("step", "INVALID_VALUE",
                    "手順は ASSIGNMENT, MEMORANDUM, PRESURVEY, HEARING, ONSITE, REPORT, DELIVERY のいずれかです。"));
        }
        if (body == null || !body.isObject()) {
            throw new ValidationException(Problem.of("INVALID_VALUE", "JSONのオブジェクトを送ってください。"));
        }
        Set<String> given = new HashSet<>();
        body.fieldNames().forEachRemaining(given::add);
        List<String> surveyors = null;
        if (body.hasNonNull("surveyors")) {
            surveyors = new ArrayList<>();
            for (JsonNode n : body.get("surveyors")) {
                surveyors.add(n.asText().trim());
            }
        }
        List<StepRow.Attendee> attendees = null;
        if (body.hasNonNull("attendees")) {
            attendees = new ArrayList<>();
            for (JsonNode n : body.get("attendees")) {
                attendees.add(new StepRow.Attendee(text(n, "name"), text(n, "organization")));
            }
        }
        String mode = text(body, "mode");
        if (mode != null && !mode.equals("ONLINE") && !mode.equals("ONSITE")) {
            throw new ValidationException(Problem.field("mode", "INVALID_VALUE", "mode は ONLINE（オンライン）か ONSITE（現地）です。"));
        }
        Integer duration = body.hasNonNull("durationMinutes") ? body.get("durationMinutes").asInt() : null;
        if (duration != null && (duration < 1 || duration > 1440)) {
            throw new ValidationException(Problem.field("durationMinutes", "INVALID_VALUE", "所要時間は1〜1440分で入力してください。"));
        }
        LocalTime time = null;
        if (text(body, "plannedTime") != null) {
            try {
                time = LocalTime.parse(text(body, "plannedTime"));
            } catch (DateTimeParseException e) {
                throw new ValidationException(Problem.field("plannedTime", "INVALID_VALUE", "予定時刻は HH:MM（例: 13:30）で入力してください。"));
            }
        }
        String note = text(body, "note");
        String reason = text(body, "reason");
        jp.mamori.shared.TextRules.checkMultiLine("note", "メモ", note, 2000).ifPresent(p -> {
            throw new ValidationException(p);
        });
        jp.mamori.shared.TextRules.checkMultiLine("reason", "訂正の理由", reason, 2000).ifPresent(p -> {
            throw new ValidationException(p);
        });
        CaseService.StepEdit edit = new CaseService.StepEdit(given,
                text(body, "plannedOn") == null ? null : date("plannedOn", text(body, "plannedOn")), time, duration, surveyors,
                text(body, "doneOn") == null ? null : date("doneOn", text(body, "doneOn")), note, reason, mode, attendees);
        return json(cases.editStep(id, s, edit), true);
    }

    @PutMapping("/cases/{id}/sharing")
    @Operation(summary = "The hospital shares its survey data with its prefecture, or withdraws that consent (HOSPITAL, its own)")
    Map<String, Object> share(@PathVariable long id, @RequestBody JsonNode body) {
        if (body == null || !body.has("prefecture") || !body.get("prefecture").isBoolean()) {
            throw new ValidationException(Problem.field("prefecture", "INVALID_VALUE", "prefecture は true か false で指定してください。"));
        }
        return json(cases.share(id, body.get("prefecture").asBoolean()), true);
    }

    static Map<String, Object> json(CaseService.CaseView v, boolean detail) {
        SurveyCase c = v.surveyCase();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("programId", c.programId());
        m.put("hospitalCode", c.hospital().value());
        m.put("hospitalName", v.hospitalName());
        m.put("prefectureCode", c.prefecture().value());
        m.put("state", v.state().name());
        m.put("organizationId", c.organizationId());
        m.put("leadUsername", c.leadUsername());
        m.put("onsiteDeadline", v.onsiteDeadline() == null ? null : v.onsiteDeadline().toString());
        m.put("overdue", v.overdue().stream().map(Enum::name).toList());
        Map<String, Object> steps = new LinkedHashMap<>();
        boolean personal = v.contacts() != null;
        c.stepRows().forEach((step, r) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("plannedOn", r.plannedOn() == null ? null : r.plannedOn().toString());
            s.put("doneOn", r.doneOn() == null ? null : r.doneOn().toString());
            if (detail) {
                s.put("plannedTime", r.plannedTime() == null ? null : r.plannedTime().toString());
                s.put("durationMinutes", r.durationMinutes());
                s.put("surveyors", r.surveyors());
                s.put("mode", r.mode());
                if (personal) {
                    s.put("attendees", r.attendees());
                }
            }
            steps.put(step.name(), s);
        });
        m.put("steps", steps);
        if (detail) {
            m.put("sharedWithPrefecture", c.sharedWithPrefecture());
            if (personal) {
                m.put("contacts", v.contacts());
                m.put("history", v.history());
            }
        }
        return m;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(Problem.field(field, "INVALID_VALUE", field + " は YYYY-MM-DD（例: 2025-10-01）で入力してください。"));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
