package jp.mamori.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's findings as a page: the contractor decides the suggestions first, then works the findings worst
 * first; the hospital sees what it must fix (no suggestions) and records its own risk decisions and fixes; the
 * prefecture with consent reads. Every move goes through Findings, which checks who may make it.
 */
@Controller
class FindingPagesController {

    /** One move of a finding's history as shown. */
    record Move(OffsetDateTime at, String by, String from, String to, String reason, String fixedOn) {
    }

    private final Findings findings;
    private final ConnectionInventory inventory;
    private final CaseDiagrams diagrams;
    private final CaseAccess access;
    private final MessageSource messages;

    FindingPagesController(Findings findings, ConnectionInventory inventory, CaseDiagrams diagrams, CaseAccess access,
                           MessageSource messages) {
        this.findings = findings;
        this.inventory = inventory;
        this.diagrams = diagrams;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/survey/cases/{id}/findings")
    String show(@PathVariable long id, Model model) {
        return page(id, manualBlank(), List.of(), null, Map.of(), model);
    }

    @PostMapping("/survey/cases/{id}/findings")
    String create(@PathVariable long id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        Map<String, String> form = manualBlank();
        form.keySet().forEach(k -> form.put(k, typed.getOrDefault(k, "")));
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            String connection = form.get("connectionId").strip();
            if (connection.isEmpty()) {
                body.putNull("connectionId");
            } else {
                try {
                    body.put("connectionId", Long.parseLong(connection));
                } catch (NumberFormatException e) {
                    body.put("connectionId", connection);
                }
            }
            List.of("severity", "title", "description", "recommendation", "reference")
                    .forEach(k -> body.put(k, form.get(k).isBlank() ? null : form.get(k)));
            Findings.Shown shown = findings.create(id, FindingApiController.manual(body));
            flash.addFlashAttribute("created", shown.finding().title());
            return "redirect:/survey/cases/" + id + "/findings#finding-" + shown.finding().id();
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, form, e.problems(), "manual", Map.of(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, form, List.of(Problem.of(e.code(), e.getMessage())), "manual", Map.of(), model);
        }
    }

    @PostMapping("/survey/cases/{id}/findings/{fid}/confirm")
    String confirm(@PathVariable long id, @PathVariable long fid, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return move(id, fid, FindingState.OPEN, null, null, model, flash, response);
    }

    @PostMapping("/survey/cases/{id}/findings/{fid}/dismiss")
    String dismiss(@PathVariable long id, @PathVariable long fid, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        return move(id, fid, FindingState.DISMISSED, reason, null, model, flash, response);
    }

    @PostMapping("/survey/cases/{id}/findings/{fid}/state")
    String state(@PathVariable long id, @PathVariable long fid, @RequestParam(required = false) String state,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String fixedOn, Model model,
                 RedirectAttributes flash, HttpServletResponse response) {
        FindingState to;
        try {
            to = FindingState.valueOf(state == null ? "" : state.strip());
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            return page(id, manualBlank(), List.of(Problem.field("state", "INVALID_VALUE", msg("inv.finding.error.state"))),
                    String.valueOf(fid), typed(reason, fixedOn), model);
        }
        return move(id, fid, to, reason, fixedOn, model, flash, response);
    }

    private String move(long id, long fid, FindingState to, String reason, String fixedOn, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        String failed = fid + "-" + to.name();
        try {
            FindingApiController.checkReason(reason);
            LocalDate fixed;
            try {
                fixed = fixedOn == null || fixedOn.isBlank() ? null : LocalDate.parse(fixedOn.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException(Problem.field("fixedOn", "INVALID_VALUE", msg("inv.finding.error.fixedOn.format")));
            }
            Findings.Shown shown = findings.move(id, fid, to, reason, fixed);
            flash.addFlashAttribute("moved", shown.finding().title());
            flash.addFlashAttribute("movedTo", shown.finding().state().name());
            return "redirect:/survey/cases/" + id + "/findings#finding-" + fid;
        } catch (ValidationException e) {
            response.setStatus(422);
            List<Problem> problems = e.problems().stream().map(p -> friendly(p, to)).toList();
            return page(id, manualBlank(), problems, failed, typed(reason, fixedOn), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, manualBlank(), List.of(Problem.of(e.code(), e.getMessage())), failed, typed(reason, fixedOn), model);
        }
    }

    // the service names the JSON field ("reason に"); the page names the box next to it
    private Problem friendly(Problem p, FindingState to) {
        if ("MISSING_VALUE".equals(p.code()) && p.column() != null) {
            return Problem.field(p.column(), p.code(), msg("inv.finding.error.missing." + to.name() + "." + p.column()));
        }
        return p;
    }

    private String page(long id, Map<String, String> manual, List<Problem> problems, String failed, Map<String, String> typed,
                        Model model) {
        List<Findings.Shown> all = findings.read(id);
        CaseRef c = access.caseOf(id);
        boolean contractor = access.callerIsAssignedContractor(id);
        boolean hospital = !contractor && access.callerIsHospital(id);
        List<StoredConnection> points = inventory.read(id);
        Map<Long, String> labels = new LinkedHashMap<>();
        points.forEach(s -> labels.put(s.point().id(), InventoryPagesController.label(s.point())));
        Map<Long, List<Move>> histories = new LinkedHashMap<>();
        all.forEach(s -> histories.put(s.finding().id(), s.history().stream().map(FindingPagesController::move).toList()));
        model.addAttribute("caseId", id);
        model.addAttribute("hospitalName", diagrams.of(id, List.of(), List.of(), CaseDiagrams.View.HOSPITAL).hospitalName());
        model.addAttribute("contractorView", contractor);
        model.addAttribute("hospitalView", hospital);
        model.addAttribute("canAct", (contractor || hospital) && !c.withdrawn());
        model.addAttribute("suggested", of(all, FindingState.SUGGESTED));
        model.addAttribute("open", of(all, FindingState.OPEN));
        model.addAttribute("accepted", of(all, FindingState.ACCEPTED));
        model.addAttribute("closed", all.stream().filter(s -> s.finding().state() == FindingState.FIXED
                || s.finding().state() == FindingState.DISMISSED).toList());
        model.addAttribute("pointLabels", labels);
        model.addAttribute("points", points);
        model.addAttribute("histories", histories);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("manual", manual);
        model.addAttribute("problems", problems);
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(jp.mamori.shared.JapaneseDates.TOKYO).toString());
        return "inventory/findings";
    }

    private static List<Findings.Shown> of(List<Findings.Shown> all, FindingState state) {
        return all.stream().filter(s -> s.finding().state() == state).toList();
    }

    private static Move move(Map<String, Object> h) {
        Object at = h.get("at");
        return new Move(at == null ? null : OffsetDateTime.parse(at.toString()), (String) h.get("by"), (String) h.get("from"),
                (String) h.get("to"), (String) h.get("reason"), (String) h.get("fixedOn"));
    }

    private static Map<String, String> manualBlank() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of("connectionId", "severity", "title", "description", "recommendation", "reference")) {
            m.put(k, "");
        }
        return m;
    }

    private static Map<String, String> typed(String reason, String fixedOn) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reason", reason == null ? "" : reason);
        m.put("fixedOn", fixedOn == null ? "" : fixedOn);
        return m;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
