package jp.mamori.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.ItemType;
import jp.mamori.survey.domain.QuestionnaireEdition;
import jp.mamori.survey.domain.QuestionnaireItem;
import jp.mamori.survey.domain.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pre-survey questionnaire as a page: the edition's items by type, pre-filled with what is stored, saved through
 * QuestionnaireService (whose QuestionnaireRules read 全角 digits and 和暦 dates). A partial set is a draft; the
 * page then lists what is still unanswered. Whoever may read but not write sees the answers only.
 */
@Controller
class QuestionnairePagesController {

    /** One systems row as typed; {@code remote} is "", "true" or "false". */
    record SystemRow(String name, String kind, String vendor, String remote) {
        public boolean blank() {
            return name.isEmpty() && kind.isEmpty() && vendor.isEmpty() && remote.isEmpty();
        }
    }

    private final QuestionnaireService questionnaires;
    private final CaseService cases;
    private final CaseRepository repository;
    private final AccessGuard guard;

    QuestionnairePagesController(QuestionnaireService questionnaires, CaseService cases, CaseRepository repository, AccessGuard guard) {
        this.questionnaires = questionnaires;
        this.cases = cases;
        this.repository = repository;
        this.guard = guard;
    }

    @GetMapping("/survey/cases/{id}/questionnaire")
    String show(@PathVariable long id, Model model) {
        QuestionnaireService.State state = questionnaires.get(id);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<SystemRow>> systems = new LinkedHashMap<>();
        for (QuestionnaireItem item : state.edition().items()) {
            Object v = state.answers().get(item.id());
            if (item.type() == ItemType.SYSTEMS) {
                List<SystemRow> rows = new ArrayList<>();
                if (v instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Map<?, ?> m) {
                            rows.add(new SystemRow(text(m.get("name")), text(m.get("kind")), text(m.get("vendor")), text(m.get("remoteMaintenance"))));
                        }
                    }
                }
                systems.put(item.id(), rows);
            } else {
                values.put(item.id(), text(v));
            }
        }
        return page(id, state.edition(), values, systems, state.missing(), List.of(), model);
    }

    @PostMapping("/survey/cases/{id}/questionnaire")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        QuestionnaireService.State before = questionnaires.get(id);
        QuestionnaireEdition edition = before.edition();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<SystemRow>> systems = new LinkedHashMap<>();
        Map<String, Object> given = new LinkedHashMap<>();
        for (QuestionnaireItem item : edition.items()) {
            if (item.type() == ItemType.SYSTEMS) {
                // blank rows dropped, so the rules' row numbers are the rows shown
                List<SystemRow> rows = new ArrayList<>(rows(item.id(), form).stream().filter(r -> !r.blank()).toList());
                List<Map<String, Object>> answer = new ArrayList<>();
                rows.forEach(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", r.name());
                    m.put("kind", r.kind());
                    m.put("vendor", r.vendor());
                    m.put("remoteMaintenance", switch (r.remote()) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> null;
                    });
                    answer.add(m);
                });
                if (form.containsKey("addRow") && form.get("addRow").equals(item.id())) {
                    rows.add(new SystemRow("", "", "", ""));
                }
                systems.put(item.id(), rows);
                given.put(item.id(), answer.isEmpty() ? null : answer);
            } else {
                String v = text(form.get("q." + item.id()));
                values.put(item.id(), v);
                given.put(item.id(), v.isBlank() ? null : v);
            }
        }
        if (form.containsKey("addRow")) {
            // a new empty row to fill in: nothing is saved until the hospital presses save
            return page(id, edition, values, systems, before.missing(), List.of(), model);
        }
        try {
            QuestionnaireService.State after = questionnaires.answer(id, given);
            flash.addFlashAttribute("saved", after.complete() ? "complete" : "draft");
            return "redirect:/survey/cases/" + id + "/questionnaire";
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, edition, values, systems, before.missing(), e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, edition, values, systems, before.missing(), List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    private String page(long id, QuestionnaireEdition edition, Map<String, String> values, Map<String, List<SystemRow>> systems,
                        List<String> missing, List<Problem> problems, Model model) {
        Actor actor = guard.current();
        SurveyCase c = repository.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
        Viewer viewer = CaseService.viewer(actor);
        CaseScope scope = cases.scope(c);
        boolean writer = CaseAccessPolicy.canWriteAsHospital(viewer, scope) || CaseAccessPolicy.canWriteSurvey(viewer, scope);
        boolean memorandum = c.steps().isDone(CaseStep.MEMORANDUM);
        systems.values().forEach(rows -> {
            if (rows.isEmpty()) {
                rows.add(new SystemRow("", "", "", ""));
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        edition.items().forEach(i -> texts.put(i.id(), i.text()));
        model.addAttribute("caseId", id);
        model.addAttribute("edition", edition);
        model.addAttribute("values", values);
        model.addAttribute("systems", systems);
        model.addAttribute("missing", missing.stream().map(texts::get).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("canWrite", writer && !c.withdrawn() && memorandum);
        model.addAttribute("memorandumPending", writer && !memorandum);
        return "survey/questionnaire";
    }

    private static List<SystemRow> rows(String itemId, Map<String, String> form) {
        List<SystemRow> rows = new ArrayList<>();
        for (int i = 0; i < jp.mamori.survey.domain.QuestionnaireRules.MAX_SYSTEMS; i++) {
            String p = itemId + "[" + i + "].";
            if (!form.containsKey(p + "name")) {
                break;
            }
            rows.add(new SystemRow(text(form.get(p + "name")), text(form.get(p + "kind")), text(form.get(p + "vendor")),
                    text(form.get(p + "remoteMaintenance"))));
        }
        return rows;
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
