package jp.mamori.checklist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.AnswerKey;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Choice;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.RawAnswer;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.checklist.domain.Target;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages: the ministry's editions, each respondent's answers, and the three side by side. Same services as the API. */
@Controller
class ChecklistPagesController {

    /**
     * One item's form fields; for an item asked per target also how it is answered ({@code WHOLE}, {@code EACH} or
     * blank while not chosen) and one row per target.
     */
    public record Field(ChecklistItem item, String answer, String checkedOn, String targetOn, String perTarget, String prefill,
                        String mode, List<TargetRow> rows) {
        public boolean eachOpen() {
            return EACH.equals(mode) || rows.stream().anyMatch(TargetRow::filled);
        }
    }

    /** One target's row of an item asked per target: its own answer under {@code itemId@S} etc. */
    public record TargetRow(Target target, String key, String answer, String checkedOn, String targetOn) {
        public boolean filled() {
            return !answer.isBlank() || !checkedOn.isBlank() || !targetOn.isBlank();
        }
    }

    static final String WHOLE = "WHOLE";
    static final String EACH = "EACH";

    private final ChecklistEditions editions;
    private final ChecklistAnswers answers;
    private final AccessGuard guard;
    private final jp.mamori.survey.CaseAccess cases;

    ChecklistPagesController(ChecklistEditions editions, ChecklistAnswers answers, AccessGuard guard,
                             jp.mamori.survey.CaseAccess cases) {
        this.cases = cases;
        this.editions = editions;
        this.answers = answers;
        this.guard = guard;
    }

    /**
     * From a case page to the checklist PRESURVEY asks for: the hospital to its own answers, everyone else to the
     * comparison. The pages behind it check who is asking.
     */
    @GetMapping("/checklists/cases/{caseId}")
    String ofCase(@PathVariable long caseId) {
        jp.mamori.survey.CaseRef c = cases.caseOf(caseId);
        if (!jp.mamori.survey.domain.CaseAccessPolicy.canReadState(cases.currentViewer(), cases.scopeOf(caseId))) {
            throw new org.springframework.security.access.AccessDeniedException("case " + caseId);
        }
        String edition = editions.inForce(jp.mamori.checklist.domain.EditionKind.CHECKLIST, cases.fiscalYearOf(caseId))
                .map(e -> e.id()).orElseThrow(() -> new jp.mamori.shared.NotFoundException(
                        "この事業の年度に使うチェックリストの版が登録されていません。厚生労働省に版の登録を依頼してください。"));
        String base = "/checklists/hospitals/" + c.hospitalCode() + "/" + edition;
        return "redirect:" + (guard.current().is(Role.HOSPITAL) ? base + "/HOSPITAL" : base);
    }

    @GetMapping("/checklists")
    String editions(Model model) {
        model.addAttribute("editions", editions.all());
        model.addAttribute("canLoad", guard.current().is(Role.MHLW_ADMIN));
        model.addAttribute("problems", List.of());
        return "checklist/editions";
    }

    @PostMapping("/checklists")
    String load(@RequestParam(value = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash,
                HttpServletResponse response) throws IOException {
        guard.requireRole(Role.MHLW_ADMIN);
        try {
            if (file == null || file.isEmpty()) {
                throw new ValidationException(Problem.field("file", "MISSING_VALUE", "読み込む様式（.xlsx）を選んでください。"));
            }
            ChecklistEditions.Loaded loaded = editions.load(file.getBytes());
            flash.addFlashAttribute("loaded", loaded.edition().id());
            flash.addFlashAttribute("changed", loaded.changed());
            return "redirect:/checklists";
        } catch (ValidationException e) {
            response.setStatus(422);
            model.addAttribute("editions", editions.all());
            model.addAttribute("canLoad", true);
            model.addAttribute("problems", e.problems());
            return "checklist/editions";
        }
    }

    @GetMapping("/checklists/hospitals/{code}/{edition}")
    String compare(@PathVariable String code, @PathVariable String edition, Model model) {
        Map<Respondent, ChecklistAnswers.View> views = answers.readable(code, edition);
        Edition e = editions.get(edition);
        List<jp.mamori.checklist.sheet.VendorForm.Returned> vendors = answers.vendorAnswers(code, edition);
        List<ChecklistComparison.Row> rows = ChecklistComparison.rows(e, views, vendors);
        model.addAttribute("edition", e);
        model.addAttribute("code", views.values().iterator().next().hospitalCode());
        model.addAttribute("respondents", new ArrayList<>(views.keySet()));
        model.addAttribute("rows", rows);
        model.addAttribute("vendors", vendors.stream().map(jp.mamori.checklist.sheet.VendorForm.Returned::vendor).toList());
        model.addAttribute("differing", rows.stream().filter(ChecklistComparison.Row::differs).count());
        return "checklist/compare";
    }

    @GetMapping("/checklists/hospitals/{code}/{edition}/{respondent}")
    String show(@PathVariable String code, @PathVariable String edition, @PathVariable String respondent, Model model) {
        Respondent r = respondent(respondent);
        ChecklistAnswers.View v = answers.get(code, edition, r);
        Map<String, String> form = new LinkedHashMap<>();
        v.answers().forEach((k, a) -> {
            form.put("a." + k, a.answer().name());
            form.put("c." + k, a.checkedOn() == null ? "" : a.checkedOn().toString());
            form.put("t." + k, a.targetOn() == null ? "" : a.targetOn().toString());
        });
        v.prefill().forEach((k, c) -> form.putIfAbsent("a." + k, c.name()));
        for (ChecklistItem item : v.edition().items()) {
            if (item.perTarget() && v.answers().containsKey(item.id())) {
                form.put("m." + item.id(), WHOLE);
            } else if (item.targets().stream().anyMatch(t -> v.answers().containsKey(AnswerKey.of(item.id(), t)))) {
                form.put("m." + item.id(), EACH);
            }
        }
        return page(v, form, List.of(), model);
    }

    @PostMapping("/checklists/hospitals/{code}/{edition}/{respondent}")
    String save(@PathVariable String code, @PathVariable String edition, @PathVariable String respondent,
                @RequestParam Map<String, String> form, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Respondent r = respondent(respondent);
        ChecklistAnswers.View before = answers.get(code, edition, r);
        Map<String, RawAnswer> given = new LinkedHashMap<>();
        for (ChecklistItem item : before.edition().items()) {
            boolean whole = !form.getOrDefault("a." + item.id(), "").isBlank();
            List<String> each = item.targets().stream().map(t -> AnswerKey.of(item.id(), t)).filter(k -> filled(form, k)).toList();
            String mode = form.getOrDefault("m." + item.id(), "");
            // the chosen way wins (a radio cannot be cleared without script); without a choice whatever was filled is
            // sent, and both for one item is the rules' to refuse
            boolean useWhole = whole && !(EACH.equals(mode) && !each.isEmpty());
            boolean useEach = !each.isEmpty() && !(WHOLE.equals(mode) && whole);
            if (useWhole) {
                given.put(item.id(), raw(form, item.id()));
            }
            if (useEach) {
                each.forEach(k -> given.put(k, raw(form, k)));
            }
        }
        try {
            ChecklistAnswers.View after = answers.put(code, edition, r, given);
            flash.addFlashAttribute("saved", after.complete() ? "complete" : "draft");
            return "redirect:/checklists/hospitals/" + after.hospitalCode() + "/" + edition + "/" + r.name();
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(before, form, e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(before, form, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    private String page(ChecklistAnswers.View v, Map<String, String> form, List<Problem> problems, Model model) {
        List<Field> fields = new ArrayList<>();
        for (ChecklistItem item : v.edition().items()) {
            List<String> each = new ArrayList<>();
            for (Target t : item.targets()) {
                Answer a = v.answers().get(AnswerKey.of(item.id(), t));
                if (a != null) {
                    each.add(t.japanese() + ": " + a.answer().japanese());
                }
            }
            Choice pre = v.prefill().get(item.id());
            List<TargetRow> rows = item.targets().stream().map(t -> AnswerKey.of(item.id(), t))
                    .map(k -> new TargetRow(AnswerKey.parse(k).orElseThrow().target(), k, form.getOrDefault("a." + k, ""),
                            form.getOrDefault("c." + k, ""), form.getOrDefault("t." + k, ""))).toList();
            fields.add(new Field(item, form.getOrDefault("a." + item.id(), ""), form.getOrDefault("c." + item.id(), ""),
                    form.getOrDefault("t." + item.id(), ""), String.join("、", each), pre == null ? null : pre.japanese(),
                    form.getOrDefault("m." + item.id(), ""), rows));
        }
        // an error about one target shows on that target's row, the rest next to the item
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem p : problems) {
            String key = p.column() == null ? "" : p.column();
            errors.merge(key, p.message(), (a, b) -> a + " " + b);
        }
        model.addAttribute("view", v);
        model.addAttribute("fields", fields);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", answers.mayWrite(v.hospitalCode(), v.respondent()));
        model.addAttribute("fiscalYearEnd", JapaneseDates.wareki(v.edition().fiscalYearEnd()));
        model.addAttribute("missingCount", v.missing().size());
        return "checklist/answers";
    }

    private static RawAnswer raw(Map<String, String> form, String key) {
        return new RawAnswer(form.get("a." + key), blankNull(form.get("c." + key)), blankNull(form.get("t." + key)));
    }

    private static boolean filled(Map<String, String> form, String key) {
        return !form.getOrDefault("a." + key, "").isBlank() || !form.getOrDefault("c." + key, "").isBlank()
                || !form.getOrDefault("t." + key, "").isBlank();
    }

    private static Respondent respondent(String s) {
        return Respondent.parse(s).orElseThrow(() -> new NotFoundException("回答者「" + s + "」はありません。"));
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Menu {
        // the ministry and the auditors work across hospitals; the others reach checklists from their case page
        @org.springframework.context.annotation.Bean
        jp.mamori.shared.web.NavItem checklistsNav() {
            return new jp.mamori.shared.web.NavItem("/checklists", "nav.checklists", 47, java.util.Set.of("MHLW_ADMIN", "AUDITOR"));
        }
    }
}
