package jp.mamori.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.SupportWanted;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.NavItem;
import jp.mamori.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the ministry's national table and fills with preview, the decision list, a prefecture's decisions, withdrawal, designation. */
@Controller
class SelectionController {

    private final SelectionService service;
    private final ProgramService programs;
    private final Registry registry;
    private final AccessGuard guard;

    SelectionController(SelectionService service, ProgramService programs, Registry registry, AccessGuard guard) {
        this.service = service;
        this.programs = programs;
        this.registry = registry;
        this.guard = guard;
    }

    @GetMapping("/selection")
    String entry() {
        Actor actor = guard.current();
        java.util.Optional<Program> newest = programs.newest();
        if (newest.isEmpty()) {
            return "redirect:/programs";
        }
        String pid = newest.get().id();
        return actor.prefecture() != null ? "redirect:/programs/" + pid + "/prefectures/" + actor.prefecture() + "/selection"
                : "redirect:/programs/" + pid + "/selection";
    }

    @GetMapping("/programs/{pid}/selection")
    String national(@PathVariable String pid, Model model) {
        guard.requireReadNational();
        Program program = programs.get(pid);
        SelectionService.View view = service.selection(pid);
        model.addAttribute("program", program);
        model.addAttribute("summary", view.summary());
        model.addAttribute("rows", service.prefectureSummaries(pid));
        model.addAttribute("bands", program.definition().bedBands());
        model.addAttribute("bandCounts", bandCounts(view.decisions()));
        model.addAttribute("prefectures", registry.prefecturesByCode());
        model.addAttribute("canFill", guard.canChangeNational());
        model.addAttribute("history", service.history(pid));
        return "selection/national";
    }

    /** Active prefecture-slot selections per prefecture and band: "selected of quota" per band. */
    static Map<String, Integer> bandCounts(List<Decision> decisions) {
        Map<String, Integer> counts = new HashMap<>();
        decisions.stream().filter(Decision::isActivePrefectureSlot).filter(d -> d.band() != null)
                .forEach(d -> counts.merge(d.prefectureCode().value() + ":" + d.band(), 1, Integer::sum));
        return counts;
    }

    @GetMapping("/programs/{pid}/selection/preview")
    String preview(@PathVariable String pid, @RequestParam String scope, Model model) {
        SelectionService.Scope s = SelectionApiController.scope(scope);
        SelectionService.Applied preview = service.preview(pid, s);
        model.addAttribute("program", programs.get(pid));
        model.addAttribute("scope", s);
        model.addAttribute("before", service.selection(pid).summary());
        model.addAttribute("after", preview.summary());
        model.addAttribute("changes", sorted(preview.changes()));
        model.addAttribute("names", names(preview.changes()));
        return "selection/preview";
    }

    @PostMapping("/programs/{pid}/selection/fill")
    String fill(@PathVariable String pid, @RequestParam String scope, Model model) {
        SelectionService.Scope s = SelectionApiController.scope(scope);
        var before = service.selection(pid).summary();
        SelectionService.Applied applied = service.fill(pid, s);
        model.addAttribute("program", programs.get(pid));
        model.addAttribute("scope", s);
        model.addAttribute("before", before);
        model.addAttribute("after", applied.summary());
        model.addAttribute("changes", sorted(applied.changes()));
        model.addAttribute("names", names(applied.changes()));
        model.addAttribute("done", true);
        return "selection/preview";
    }

    @GetMapping("/programs/{pid}/selection/decisions")
    String decisions(@PathVariable String pid, @RequestParam(required = false) String prefecture,
                     @RequestParam(required = false) String status, @RequestParam(required = false) String origin, Model model,
                     HttpServletRequest request) {
        guard.requireReadNational();
        List<Decision> all = service.selection(pid).decisions();
        List<Decision> shown = all.stream()
                .filter(d -> prefecture == null || prefecture.isBlank() || d.prefectureCode().value().equals(prefecture))
                .filter(d -> status == null || status.isBlank() || d.status().name().equals(status))
                .filter(d -> origin == null || origin.isBlank() || (d.origin() != null && d.origin().name().equals(origin)))
                .toList();
        Pager pager = Pager.of(request, shown.size());
        List<Decision> page = pager.slice(shown);
        model.addAttribute("program", programs.get(pid));
        model.addAttribute("decisions", page);
        model.addAttribute("pager", pager);
        model.addAttribute("total", all.size());
        model.addAttribute("names", registry.hospitals(page.stream().map(Decision::hospitalCode).toList()));
        model.addAttribute("prefectures", registry.prefectures());
        model.addAttribute("prefectureNames", registry.prefecturesByCode());
        model.addAttribute("filter", Map.of("prefecture", nz(prefecture), "status", nz(status), "origin", nz(origin)));
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("origins", jp.mamori.selection.domain.Origin.values());
        return "selection/decisions";
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/selection")
    String prefecture(@PathVariable String pid, @PathVariable String pref, Model model, HttpServletRequest request) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        Program program = programs.get(pid);
        SelectionService.View view = service.selection(pid, p);
        model.addAttribute("program", program);
        model.addAttribute("prefecture", registry.prefecture(p));
        model.addAttribute("summary", view.summary());
        model.addAttribute("quota", program.definition().quota(p));
        Pager pager = Pager.of(request, view.decisions().size());
        List<Decision> page = pager.slice(view.decisions());
        model.addAttribute("decisions", page);
        model.addAttribute("pager", pager);
        model.addAttribute("names", registry.hospitals(page.stream().map(Decision::hospitalCode).toList()));
        model.addAttribute("canChange", guard.canChangePrefecture(p));
        return "selection/prefecture";
    }

    @PostMapping("/programs/{pid}/prefectures/{pref}/withdrawals")
    String withdraw(@PathVariable String pid, @PathVariable String pref, @RequestParam String hospitalCode,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        try {
            HospitalCode code = HospitalCode.parse(hospitalCode);
            SelectionService.Withdrawal w = service.withdraw(pid, code, reason);
            flash.addFlashAttribute("withdrawn", name(w.withdrawn().hospitalCode()));
            flash.addFlashAttribute("replacement", w.replacement().map(d -> name(d.hospitalCode())).orElse(null));
            flash.addFlashAttribute("noReplacement", w.replacement().isEmpty());
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        // back to the page the row was on
        if (page != null) {
            flash.addAttribute("page", page);
        }
        if (size != null) {
            flash.addAttribute("size", size);
        }
        return "redirect:/programs/" + pid + "/prefectures/" + p + "/selection";
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/designation")
    String designation(@PathVariable String pid, @PathVariable String pref, Model model) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        return designationPage(pid, p, new DesignationForm(), List.of(), model);
    }

    @PostMapping("/programs/{pid}/prefectures/{pref}/designations")
    String designate(@PathVariable String pid, @PathVariable String pref, DesignationForm form, Model model,
                     RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        try {
            if (!form.isConsent()) {
                throw new ValidationException(Problem.field("consent", "NO_CONSENT",
                        "直接指定するには、病院の同意を得たうえで「病院の同意を得た」にチェックしてください。"));
            }
            HospitalCode code = HospitalCode.tryParse(form.getHospitalCode()).orElseThrow(() -> new ValidationException(
                    Problem.field("hospitalCode", "INVALID_VALUE", "指定する病院を選んでください。")));
            SelectionService.Applied applied = service.designate(pid, p, new DesignationRequest(code, true, form.contacts(),
                    form.getEmr(), form.getSupport(), null, false, null, null, null));
            Decision d = applied.changes().stream().map(SelectionService.Change::after)
                    .filter(x -> x.hospitalCode().equals(code)).findFirst().orElseThrow();
            flash.addFlashAttribute("designated", name(code));
            flash.addFlashAttribute("designatedDecision", d);
            return "redirect:/programs/" + pid + "/prefectures/" + p + "/selection";
        } catch (ValidationException e) {
            return designationPage(pid, p, form, e.problems(), model);
        }
    }

    private String designationPage(String pid, PrefectureCode p, DesignationForm form, List<Problem> problems, Model model) {
        guard.requireChangePrefecture(p);
        Program program = programs.get(pid);
        model.addAttribute("program", program);
        model.addAttribute("prefecture", registry.prefecture(p));
        model.addAttribute("candidates", service.designationCandidates(pid, p, 50));
        model.addAttribute("summary", service.selection(pid, p).summary());
        model.addAttribute("quota", program.definition().quota(p));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("emrChoices", java.util.Arrays.stream(EmrStatus.values()).map(EmrStatus::label).toList());
        model.addAttribute("supportChoices", java.util.Arrays.stream(SupportWanted.values()).map(SupportWanted::label).toList());
        return "selection/designation";
    }

    private List<SelectionService.Change> sorted(List<SelectionService.Change> changes) {
        List<SelectionService.Change> out = new ArrayList<>(changes);
        out.sort(Comparator.comparing((SelectionService.Change c) -> c.after().prefectureCode())
                .thenComparingInt(c -> c.after().rank()));
        return out;
    }

    private Map<HospitalCode, Hospital> names(List<SelectionService.Change> changes) {
        return registry.hospitals(changes.stream().map(c -> c.after().hospitalCode()).toList());
    }

    private String name(HospitalCode code) {
        return registry.hospital(code).map(Hospital::name).orElse(code.value());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The designation form as typed. */
    public static class DesignationForm {
        private String hospitalCode = "";
        private boolean consent;
        private String emr = "";
        private String support = "両方";
        private List<ContactRow> contacts = new ArrayList<>(List.of(new ContactRow(), new ContactRow()));

        public static class ContactRow {
            private String department = "";
            private String name = "";
            private String phone = "";
            private String email = "";

            public String getDepartment() { return department; }
            public void setDepartment(String v) { department = v; }
            public String getName() { return name; }
            public void setName(String v) { name = v; }
            public String getPhone() { return phone; }
            public void setPhone(String v) { phone = v; }
            public String getEmail() { return email; }
            public void setEmail(String v) { email = v; }
        }

        public String getHospitalCode() { return hospitalCode; }
        public void setHospitalCode(String v) { hospitalCode = v; }
        public boolean isConsent() { return consent; }
        public void setConsent(boolean v) { consent = v; }
        public String getEmr() { return emr; }
        public void setEmr(String v) { emr = v; }
        public String getSupport() { return support; }
        public void setSupport(String v) { support = v; }
        public List<ContactRow> getContacts() { return contacts; }
        public void setContacts(List<ContactRow> v) { contacts = v; }

        List<Contact> contacts() {
            return contacts.stream().filter(c -> !(c.department + c.name + c.phone + c.email).isBlank())
                    .map(c -> new Contact(c.department, c.name, c.phone, c.email)).toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        /** The decision pages, national and a prefecture's, with withdrawals and designations. */
        static final java.util.List<String> SECTIONS = java.util.List.of("/selection", "/programs/*/selection/**",
                "/programs/*/prefectures/*/selection/**", "/programs/*/prefectures/*/withdrawals/**",
                "/programs/*/prefectures/*/designation/**", "/programs/*/prefectures/*/designations/**");

        @Bean
        NavItem selectionNav() {
            return new NavItem("/selection", "nav.selection", 40, Set.of("MHLW_ADMIN", "AUDITOR"), SECTIONS);
        }

        @Bean
        NavItem ownSelectionNav() {
            return new NavItem("/selection", "nav.ownSelection", 40, Set.of("PREFECTURE"), SECTIONS);
        }
    }
}
