package jp.mamori.nomination;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.web.Pager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.mamori.nomination.form.FormColumn;
import jp.mamori.nomination.form.FormEntry;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.Problem;
import jp.mamori.shared.SupportWanted;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prefecture's pages: its list, the form out and in, row edits as drafts, submission; the ministry's overview. */
@Controller
class NominationController {

    private final NominationService service;
    private final ProgramService programs;
    private final Registry registry;
    private final AccessGuard guard;
    private final java.time.Clock clock;

    NominationController(NominationService service, ProgramService programs, Registry registry, AccessGuard guard,
                         java.time.Clock clock) {
        this.service = service;
        this.programs = programs;
        this.registry = registry;
        this.guard = guard;
        this.clock = clock;
    }

    /** The menu entry: the newest program's list for a prefecture, its submission overview for the ministry. */
    @GetMapping("/nominations")
    String entry() {
        Actor actor = guard.current();
        Optional<Program> newest = programs.newest();
        if (newest.isEmpty()) {
            return "redirect:/programs";
        }
        String pid = newest.get().id();
        return actor.prefecture() != null ? "redirect:/programs/" + pid + "/prefectures/" + actor.prefecture() + "/nominations"
                : "redirect:/programs/" + pid + "/submissions";
    }

    @GetMapping("/programs/{pid}/submissions")
    String submissions(@PathVariable String pid, Model model) {
        model.addAttribute("program", programs.get(pid));
        List<NominationService.PrefectureSubmission> submissions = service.submissions(pid);
        Map<SubmissionState, Long> counts = new java.util.EnumMap<>(SubmissionState.class);
        for (SubmissionState s : SubmissionState.values()) {
            counts.put(s, submissions.stream().filter(x -> x.state() == s).count());
        }
        model.addAttribute("submissions", submissions);
        model.addAttribute("stateCounts", counts);
        model.addAttribute("prefectures", registry.prefecturesByCode());
        return "nomination/submissions";
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/nominations")
    String list(@PathVariable String pid, @PathVariable String pref, Model model, HttpServletRequest request) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        Program program = programs.get(pid);
        model.addAttribute("program", program);
        model.addAttribute("prefecture", registry.prefecture(p));
        List<Nomination> all = service.nominations(pid, p);
        Pager pager = Pager.of(request, all.size());
        model.addAttribute("nominations", pager.slice(all));
        model.addAttribute("pager", pager);
        NominationList list = service.list(pid, p).orElse(null);
        model.addAttribute("list", list);
        model.addAttribute("warnings", service.warnings(pid, p));
        model.addAttribute("lastDay", program.window().lastDay(p));
        model.addAttribute("closesAt", program.window().closesAt(p).atZone(JapaneseDates.TOKYO).toOffsetDateTime().toString());
        model.addAttribute("open", program.window().isOpen(p, clock.instant()));
        model.addAttribute("canChange", guard.canChangePrefecture(p));
        model.addAttribute("state", NominationService.state(program, p, list, clock.instant()));
        return "nomination/list";
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/form.xlsx")
    ResponseEntity<byte[]> form(@PathVariable String pid, @PathVariable String pref) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        return Downloads.xlsx(service.form(pid, p), pid + "_" + p + "_支援対象病院リスト.xlsx");
    }

    @PostMapping("/programs/{pid}/prefectures/{pref}/upload")
    String upload(@PathVariable String pid, @PathVariable String pref, @RequestParam("file") MultipartFile file,
                  RedirectAttributes flash) throws IOException {
        PrefectureCode p = PrefectureCode.inPath(pref);
        try {
            if (file.isEmpty()) {
                throw new ValidationException(Problem.of("NOT_A_WORKBOOK", "ファイルを選んでください。"));
            }
            NominationService.Accepted a = service.upload(pid, p, file.getBytes(), file.getOriginalFilename(), "UPLOAD");
            flash.addFlashAttribute("accepted", a.accepted());
        } catch (ValidationException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
            flash.addFlashAttribute("uploadProblems", e.problems());
            flash.addFlashAttribute("uploadFile", file.getOriginalFilename());
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
        } catch (PayloadTooLargeException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
        }
        return redirectToList(pid, p);
    }

    @PostMapping("/programs/{pid}/prefectures/{pref}/submit")
    String submit(@PathVariable String pid, @PathVariable String pref, @RequestParam int version, RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        try {
            NominationService.Accepted a = service.submit(pid, p, version);
            flash.addFlashAttribute("submitted", a.accepted());
        } catch (ValidationException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
            flash.addFlashAttribute("uploadProblems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
        }
        return redirectToList(pid, p);
    }

    /** Moves a hospital one rank up or down (swaps with its neighbour) and saves the list as a draft. */
    @PostMapping("/programs/{pid}/prefectures/{pref}/nominations/{code}/move")
    String move(@PathVariable String pid, @PathVariable String pref, @PathVariable String code, @RequestParam String direction,
                @RequestParam int version, @RequestParam(required = false) Integer size, RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        List<Map<FormColumn, String>> entries = new ArrayList<>(service.entries(pid, p));
        entries.sort(Comparator.comparingInt(e -> Integer.parseInt(e.get(FormColumn.RANK))));
        int i = indexOf(entries, code);
        int j = "up".equals(direction) ? i - 1 : i + 1;
        if (i >= 0 && j >= 0 && j < entries.size()) {
            String a = entries.get(i).get(FormColumn.RANK);
            entries.get(i).put(FormColumn.RANK, entries.get(j).get(FormColumn.RANK));
            entries.get(j).put(FormColumn.RANK, a);
            saveDraft(pid, p, entries, version, flash, "moved");
            // the moved row may cross into the neighbouring page: show the page it is on now
            return redirectToList(pid, p, j, size) + "#n-" + code;
        }
        return redirectToList(pid, p);
    }

    @PostMapping("/programs/{pid}/prefectures/{pref}/nominations/{code}/remove")
    String remove(@PathVariable String pid, @PathVariable String pref, @PathVariable String code, @RequestParam int version,
                  @RequestParam(required = false) Integer size, RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        List<Map<FormColumn, String>> entries = new ArrayList<>(service.entries(pid, p));
        int i = indexOf(entries, code);
        if (i >= 0) {
            entries.sort(Comparator.comparingInt(e -> Integer.parseInt(e.get(FormColumn.RANK))));
            int at = indexOf(entries, code);
            entries.remove(at);
            saveDraft(pid, p, entries, version, flash, "removed");
            return redirectToList(pid, p, Math.min(at, Math.max(0, entries.size() - 1)), size);
        }
        return redirectToList(pid, p);
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/nominations/new")
    String newRow(@PathVariable String pid, @PathVariable String pref, Model model) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        int next = service.nominations(pid, p).stream().mapToInt(Nomination::rank).max().orElse(0) + 1;
        return editPage(pid, p, null, NominationService.blankEntry(next), List.of(), model);
    }

    @GetMapping("/programs/{pid}/prefectures/{pref}/nominations/{code}/edit")
    String editRow(@PathVariable String pid, @PathVariable String pref, @PathVariable String code, Model model) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        Nomination n = service.nominations(pid, p).stream().filter(x -> x.hospital().value().equals(code)).findFirst()
                .orElseThrow(() -> new jp.mamori.shared.NotFoundException("医療機関コード " + code + " はリストにありません。"));
        return editPage(pid, p, code, FormEntry.of(n.row()), List.of(), model);
    }

    /** Saves one row (new or edited); the whole list is checked as a form would be. */
    @PostMapping("/programs/{pid}/prefectures/{pref}/nominations/row")
    String saveRow(@PathVariable String pid, @PathVariable String pref, @RequestParam(required = false) String original,
                   @RequestParam int version, @RequestParam MultiValueMap<String, String> params, Model model,
                   RedirectAttributes flash) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        Map<FormColumn, String> entry = new EnumMap<>(FormColumn.class);
        for (FormColumn c : FormColumn.values()) {
            entry.put(c, params.getFirst(c.key()) == null ? "" : params.getFirst(c.key()));
        }
        List<Map<FormColumn, String>> entries = new ArrayList<>(service.entries(pid, p));
        int i = original == null || original.isBlank() ? -1 : indexOf(entries, original);
        if (i >= 0) {
            entries.set(i, entry);
        } else {
            entries.add(entry);
        }
        try {
            service.saveDraft(pid, p, entries, version);
            flash.addFlashAttribute("saved", entry.get(FormColumn.HOSPITAL_NAME));
            return redirectToList(pid, p);
        } catch (ValidationException e) {
            return editPage(pid, p, original, entry, e.problems(), model);
        } catch (ConflictException e) {
            return editPage(pid, p, original, entry, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    private String editPage(String pid, PrefectureCode p, String original, Map<FormColumn, String> entry, List<Problem> problems,
                            Model model) {
        guard.requireChangePrefecture(p);
        model.addAttribute("program", programs.get(pid));
        model.addAttribute("prefecture", registry.prefecture(p));
        model.addAttribute("original", original);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        entry.forEach((c, v) -> values.put(c.key(), v));
        model.addAttribute("values", values);
        model.addAttribute("columns", FormColumn.values());
        model.addAttribute("problems", problems);
        model.addAttribute("version", service.list(pid, p).map(NominationList::version).orElse(0));
        // the form's drop-down lists, by column key
        model.addAttribute("choices", Map.of(
                FormColumn.EMR.key(), java.util.Arrays.stream(EmrStatus.values()).map(EmrStatus::label).toList(),
                FormColumn.RENEWAL_PLANNED.key(), FormEntry.renewalAnswers(),
                FormColumn.PREVIOUS_YEAR.key(), java.util.Arrays.stream(PreviousYearParticipation.values())
                        .map(PreviousYearParticipation::label).toList(),
                FormColumn.SUPPORT.key(), java.util.Arrays.stream(SupportWanted.values()).map(SupportWanted::label).toList(),
                FormColumn.CONSENT.key(), FormEntry.consentAnswers()));
        model.addAttribute("hospitals", registry.hospitalsIn(p));
        return "nomination/edit";
    }

    private void saveDraft(String pid, PrefectureCode p, List<Map<FormColumn, String>> entries, int version,
                           RedirectAttributes flash, String done) {
        try {
            service.saveDraft(pid, p, entries, version);
            flash.addFlashAttribute(done, true);
        } catch (ValidationException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
            flash.addFlashAttribute("uploadProblems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadSummary", e.getMessage());
        }
    }

    private static int indexOf(List<Map<FormColumn, String>> entries, String code) {
        for (int i = 0; i < entries.size(); i++) {
            if (code.equals(entries.get(i).get(FormColumn.HOSPITAL_CODE))) {
                return i;
            }
        }
        return -1;
    }

    private static String redirectToList(String pid, PrefectureCode p) {
        return "redirect:/programs/" + pid + "/prefectures/" + p + "/nominations";
    }

    /** The list on the page that holds the row at {@code index} (0-based, in rank order). */
    private static String redirectToList(String pid, PrefectureCode p, int index, Integer size) {
        int perPage = size != null && Pager.SIZES.contains(size) ? size : Pager.DEFAULT_SIZE;
        return redirectToList(pid, p) + "?page=" + (index / perPage + 1) + "&size=" + perPage;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        /** The nomination lists, the form and its upload, and the ministry's submission table. */
        static final java.util.List<String> SECTIONS = java.util.List.of("/nominations", "/programs/*/submissions/**",
                "/programs/*/prefectures/*/nominations/**", "/programs/*/prefectures/*/form.xlsx",
                "/programs/*/prefectures/*/upload", "/programs/*/prefectures/*/submit");

        @Bean
        NavItem nominationsNav() {
            return new NavItem("/nominations", "nav.nominations", 30, Set.of("PREFECTURE"), SECTIONS);
        }

        @Bean
        NavItem submissionsNav() {
            return new NavItem("/nominations", "nav.submissions", 30, Set.of("MHLW_ADMIN", "AUDITOR"), SECTIONS);
        }
    }
}
