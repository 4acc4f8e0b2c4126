package jp.mamori.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.DecisionChoice;
import jp.mamori.backup.domain.Frequency;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.backup.domain.RecordedDecision;
import jp.mamori.backup.domain.Separation;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The backup plan as a page, through the same BackupPlans as the API: the contractor edits the systems and rates
 * and sees the cost range and the fee-schedule check; the hospital sees the plan and records its decision; the
 * prefecture with consent reads. Plain posts that confirm first and show the result after the redirect.
 */
@Controller
class BackupPlanPagesController {

    /** One system row as typed. */
    record Row(String name, String kind, String dataTb, String frequency, String generations, String separation, String restoreTargetHours) {
        boolean blank() {
            // an added row left as it came (no name, no TB) is no system
            return name.isEmpty() && kind.isEmpty() && (dataTb.isEmpty() || dataTb.equals("0")) && restoreTargetHours.isEmpty();
        }

        static Row of(ProtectedSystem s) {
            return new Row(s.name(), s.kind() == null ? "" : s.kind(), s.dataTb().toPlainString(), s.frequency().name(),
                    String.valueOf(s.generations()), s.separation().name(), s.restoreTargetHours() == null ? "" : String.valueOf(s.restoreTargetHours()));
        }

        static Row empty() {
            return new Row("", "", "0", Frequency.DAILY.name(), "3", Separation.OFFLINE_MEDIA.name(), "");
        }
    }

    /** The whole plan form as typed, shown again after a refusal. */
    record Typed(List<Row> rows, String costPerTbMin, String costPerTbMax, boolean declined, String version) {
    }

    /** A decision as the page shows it, dates in 和暦 too. */
    record DecisionLine(String choice, String decidedOn, String until, String recordedBy) {
        static DecisionLine of(Decision d, String by) {
            return d == null ? new DecisionLine(null, null, null, by)
                    : new DecisionLine(d.choice().name(), JapaneseDates.withWareki(d.decidedOn()),
                    d.until() == null ? null : JapaneseDates.withWareki(d.until()), by);
        }
    }

    private final BackupPlans plans;
    private final CaseAccess access;
    private final ObjectMapper json;

    BackupPlanPagesController(BackupPlans plans, CaseAccess access, ObjectMapper json) {
        this.plans = plans;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/survey/cases/{id}/backup-plan")
    String show(@PathVariable long id, Model model) {
        BackupPlans.View view = plans.read(id);
        return page(id, view, typed(view), List.of(), model);
    }

    @PostMapping("/survey/cases/{id}/backup-plan")
    String propose(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        if (!access.callerIsAssignedContractor(id)) {
            throw new AccessDeniedException("case " + id);
        }
        List<Row> rows = new ArrayList<>(rows(form).stream().filter(r -> !r.blank()).toList());
        Typed typed = new Typed(rows, text(form.get("costPerTbMin")), text(form.get("costPerTbMax")),
                "true".equals(form.get("declined")), text(form.get("version")));
        if (form.containsKey("addRow")) {
            // a new row to fill in: nothing is saved until the plan is saved
            rows.add(Row.empty());
            return page(id, plans.read(id), typed, List.of(), model);
        }
        ObjectNode body = json.createObjectNode();
        var systems = body.putArray("systems");
        rows.forEach(r -> {
            ObjectNode s = systems.addObject();
            s.put("name", r.name());
            s.put("kind", r.kind());
            s.put("dataTb", r.dataTb());
            s.put("frequency", r.frequency());
            s.put("generations", r.generations());
            s.put("separation", r.separation());
            s.put("restoreTargetHours", r.restoreTargetHours());
        });
        body.put("costPerTbMin", typed.costPerTbMin());
        body.put("costPerTbMax", typed.costPerTbMax());
        body.put("declined", typed.declined());
        version(body, typed.version());
        try {
            plans.save(id, body);
            flash.addFlashAttribute("saved", "plan");
            return "redirect:/survey/cases/" + id + "/backup-plan";
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, plans.read(id), typed, e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, plans.read(id), typed, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    @PostMapping("/survey/cases/{id}/backup-plan/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        if (!access.callerIsHospital(id)) {
            throw new AccessDeniedException("case " + id);
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode d = body.putObject("decision");
        d.put("choice", text(form.get("choice")));
        d.put("decidedOn", text(form.get("decidedOn")));
        d.put("until", text(form.get("until")));
        version(body, text(form.get("version")));
        try {
            plans.save(id, body);
            flash.addFlashAttribute("saved", "decision");
            return "redirect:/survey/cases/" + id + "/backup-plan";
        } catch (ValidationException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 422);
            List<Problem> problems = e instanceof ValidationException v ? v.problems()
                    : List.of(Problem.of(((ConflictException) e).code(), e.getMessage()));
            BackupPlans.View view = plans.read(id);
            model.addAttribute("decisionForm", Map.of("choice", text(form.get("choice")), "decidedOn", text(form.get("decidedOn")),
                    "until", text(form.get("until"))));
            return page(id, view, typed(view), problems, model);
        }
    }

    private String page(long id, BackupPlans.View view, Typed typed, List<Problem> problems, Model model) {
        BackupPlan plan = view.plan();
        boolean contractor = access.callerIsAssignedContractor(id);
        boolean hospital = access.callerIsHospital(id);
        boolean open = !access.caseOf(id).withdrawn();
        if (typed.rows().isEmpty()) {
            typed.rows().add(Row.empty());
        }
        model.addAttribute("caseId", id);
        model.addAttribute("view", view);
        model.addAttribute("plan", plan);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("rowProblems", problems.stream().filter(p -> p.row() != null).toList());
        model.addAttribute("costRange", view.costRange());
        model.addAttribute("fee", view.feeSchedule());
        model.addAttribute("decision", DecisionLine.of(plan.decision(), null));
        model.addAttribute("history", view.decisions().stream().map(r -> DecisionLine.of(r.decision(), r.recordedBy())).toList());
        model.addAttribute("canPropose", contractor && open);
        model.addAttribute("canDecide", hospital && open && view.stored() && !plan.declined());
        model.addAttribute("awaitingProposal", hospital && !view.stored());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("separations", Separation.values());
        model.addAttribute("choices", DecisionChoice.values());
        if (!model.containsAttribute("decisionForm")) {
            Decision d = plan.decision();
            model.addAttribute("decisionForm", Map.of("choice", d == null ? "" : d.choice().name(),
                    "decidedOn", d == null ? "" : d.decidedOn().toString(), "until", d == null || d.until() == null ? "" : d.until().toString()));
        }
        return "backup/plan";
    }

    private static Typed typed(BackupPlans.View view) {
        BackupPlan p = view.plan();
        return new Typed(new ArrayList<>(p.systems().stream().map(Row::of).toList()), String.valueOf(p.costPerTbMin()),
                String.valueOf(p.costPerTbMax()), p.declined(), String.valueOf(view.version()));
    }

    private static void version(ObjectNode body, String version) {
        try {
            body.put("version", Integer.parseInt(version));
        } catch (NumberFormatException e) {
            // no version read: the save is not checked against another's
        }
    }

    private static List<Row> rows(Map<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < jp.mamori.backup.domain.PlanRules.MAX_SYSTEMS; i++) {
            String p = "systems[" + i + "].";
            if (!form.containsKey(p + "name")) {
                break;
            }
            rows.add(new Row(text(form.get(p + "name")), text(form.get(p + "kind")), text(form.get(p + "dataTb")),
                    text(form.get(p + "frequency")), text(form.get(p + "generations")), text(form.get(p + "separation")),
                    text(form.get(p + "restoreTargetHours"))));
        }
        return rows;
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
