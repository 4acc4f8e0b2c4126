package jp.mamori.program;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.registry.Registry;
import jp.mamori.registry.RegistryService;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.Problem;
import jp.mamori.shared.RuleSet;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the list of programs, one program with its quotas and extensions, the edit form, the quota sheet. */
@Controller
class ProgramController {

    private final ProgramService service;
    private final Registry registry;
    private final AccessGuard guard;

    ProgramController(ProgramService service, Registry registry, AccessGuard guard) {
        this.service = service;
        this.registry = registry;
        this.guard = guard;
    }

    @GetMapping("/programs")
    String list(Model model) {
        model.addAttribute("programs", service.list());
        model.addAttribute("canEdit", guard.canChangeNational());
        return "program/list";
    }

    @GetMapping("/programs/{id}")
    String show(@PathVariable String id, Model model) {
        Program program = service.get(id);
        model.addAttribute("program", program);
        model.addAttribute("d", program.definition());
        model.addAttribute("prefectures", registry.prefectures());
        model.addAttribute("canEdit", guard.canChangeNational());
        return "program/show";
    }

    @GetMapping("/programs/new")
    String newForm(Model model) {
        guard.requireChangeNational();
        ProgramForm form = new ProgramForm();
        form.setFiscalYear(String.valueOf(LocalDate.now().getYear()));
        return edit(form, List.of(), true, model);
    }

    @PostMapping("/programs")
    String create(@ModelAttribute("form") ProgramForm form, Model model) {
        return save(form.getId() == null ? "" : form.getId().trim(), form, true, model);
    }

    @GetMapping("/programs/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        guard.requireChangeNational();
        return edit(ProgramForm.of(service.get(id)), List.of(), false, model);
    }

    @PostMapping("/programs/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") ProgramForm form, Model model) {
        form.setId(id);
        return save(id, form, false, model);
    }

    private String save(String id, ProgramForm form, boolean creating, Model model) {
        guard.requireChangeNational();
        List<Problem> problems = new ArrayList<>();
        ProgramInput input = form.toInput(problems);
        if (creating && service.exists(id)) {
            problems.add(Problem.field("id", "DUPLICATE_PROGRAM", "事業ID「" + id + "」は既に使われています。別のIDにするか、既存の事業を編集してください。"));
        }
        if (!problems.isEmpty()) {
            return edit(form, problems, creating, model);
        }
        try {
            service.save(id, input);
            return "redirect:/programs/" + id + "?saved";
        } catch (ValidationException e) {
            return edit(form, e.problems(), creating, model);
        } catch (ConflictException e) {
            return edit(form, List.of(Problem.of(e.code(), e.getMessage())), creating, model);
        }
    }

    private String edit(ProgramForm form, List<Problem> problems, boolean creating, Model model) {
        guard.requireChangeNational();
        form.pad(registry.prefectures().stream().map(p -> p.code().value()).toList());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("creating", creating);
        model.addAttribute("prefectureNames", prefectureNames());
        model.addAttribute("ruleSets", RuleSet.values());
        model.addAttribute("priorityKeys", PriorityKey.values());
        model.addAttribute("programs", service.list());
        return "program/edit";
    }

    @PostMapping("/programs/{id}/extensions")
    String extend(@PathVariable String id, @RequestParam String prefectureCode, @RequestParam(required = false) String until,
                  RedirectAttributes flash) {
        try {
            LocalDate date = until == null || until.isBlank() ? null : LocalDate.parse(until.trim());
            service.setExtension(id, PrefectureCode.parse(prefectureCode), date);
            flash.addFlashAttribute("extended", prefectureCode);
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
                throw denied;
            }
            flash.addFlashAttribute("problems", List.of(Problem.field("until", "INVALID_DATE", "延長後の期限は実在する日付で入力してください。")));
        }
        return "redirect:/programs/" + id;
    }

    @GetMapping("/programs/{id}/quotas.csv")
    ResponseEntity<byte[]> quotaSheet(@PathVariable String id) {
        Program program = service.get(id);
        Map<String, ProgramInput.Quota> quotas = new LinkedHashMap<>();
        ProgramInput.of(program).quotas().forEach(q -> quotas.put(q.prefectureCode(), q));
        String csv = QuotaSheet.write(program.definition().bedBands(), prefectureNames(), quotas);
        return Downloads.csv(QuotaSheet.bytes(csv), id + "_対象数.csv");
    }

    @PostMapping("/programs/{id}/quotas")
    String uploadQuotas(@PathVariable String id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        guard.requireChangeNational();
        Program program = service.get(id);
        byte[] bytes = file.getBytes();
        List<Problem> problems = new ArrayList<>();
        try {
            List<ProgramInput.Quota> quotas = QuotaWorkbook.isWorkbook(bytes)
                    ? QuotaSheet.read(QuotaWorkbook.records(bytes, problems), program.definition().bedBands(), problems)
                    : QuotaSheet.read(RegistryService.decode(bytes, RegistryService.detect(bytes)), program.definition().bedBands(),
                    problems);
            if (problems.isEmpty()) {
                ProgramInput current = ProgramInput.of(program);
                service.save(id, new ProgramInput(current.name(), current.fiscalYear(), current.ruleSet(),
                        current.nationalCapacity(), current.submissionDeadline(), current.onsiteCompletionDeadline(),
                        current.emrDeadline(), current.previousProgramId(), current.bedBands(), current.bandSpill(), quotas,
                        current.priorityKeys(), program.version()));
                flash.addFlashAttribute("quotasSaved", quotas.size());
                return "redirect:/programs/" + id;
            }
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        } catch (ConflictException e) {
            problems.add(Problem.of(e.code(), e.getMessage()));
        }
        flash.addFlashAttribute("problems", problems);
        return "redirect:/programs/" + id;
    }

    private Map<String, String> prefectureNames() {
        Map<String, String> names = new LinkedHashMap<>();
        registry.prefectures().forEach(p -> names.put(p.code().value(), p.nameJa()));
        return names;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem programsNav() {
            return new NavItem("/programs", "nav.programs", 20, Set.of("MHLW_ADMIN", "AUDITOR"));
        }
    }
}
