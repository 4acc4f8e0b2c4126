package jp.mamori.survey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Organizations;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.ForbiddenException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.NavItem;
import jp.mamori.shared.web.Pager;
import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the survey cases: the contractor's list, the case page (steps, assignment), the week view, the hospital's
 * own case, a prefecture's states and the national progress. Every read and change goes through CaseService, whose
 * CaseAccessPolicy decides who sees and changes what; the pages only show its answers and its refusals.
 */
@Controller
class CasePagesController {

    private final CaseService cases;
    private final ProgramService programs;
    private final Registry registry;
    private final Organizations organizations;
    private final AccessGuard guard;
    private final CasePageParts parts;

    CasePagesController(CaseService cases, ProgramService programs, Registry registry, Organizations organizations, AccessGuard guard,
                        CasePageParts parts) {
        this.parts = parts;
        this.cases = cases;
        this.programs = programs;
        this.registry = registry;
        this.organizations = organizations;
        this.guard = guard;
    }

    /** The program asked for, or the newest. */
    private Optional<Program> program(String pid) {
        return pid == null || pid.isBlank() ? programs.newest() : Optional.of(programs.get(pid.trim()));
    }

    @GetMapping("/survey/cases")
    String list(@RequestParam(required = false) String program, @RequestParam(required = false) String state,
                @RequestParam(required = false) String prefecture, @RequestParam(required = false) String organizationId,
                @RequestParam(required = false) boolean overdue, HttpServletRequest request, Model model) {
        Actor actor = guard.current();
        Optional<Program> p = program(program);
        if (p.isEmpty()) {
            return "redirect:/programs";
        }
        CaseState s = parseState(state);
        List<CaseService.CaseLine> all = cases.lines(p.get().id(), new CaseService.Filter(s, blank(prefecture), blank(organizationId), overdue));
        if (actor.is(Role.HOSPITAL) && all.size() == 1 && s == null) {
            return "redirect:/survey/cases/" + all.get(0).id();
        }
        Pager pager = Pager.of(request, all.size());
        model.addAttribute("program", p.get());
        model.addAttribute("cases", cases.views(p.get().id(), pager.slice(all)));
        model.addAttribute("pager", pager);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("state", s);
        model.addAttribute("prefecture", blank(prefecture));
        model.addAttribute("organizationId", blank(organizationId));
        model.addAttribute("overdue", overdue);
        model.addAttribute("prefectures", registry.prefecturesByCode());
        model.addAttribute("organizations", actor.is(Role.HOSPITAL) || actor.is(Role.PREFECTURE) ? List.of() : organizations.list());
        model.addAttribute("canAssignPrefecture", actor.is(Role.MHLW_ADMIN));
        model.addAttribute("canInviteAll", actor.is(Role.MHLW_ADMIN));
        return "survey/list";
    }

    @GetMapping("/survey/cases/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = guard.current();
        CaseService.CaseView view = cases.get(id);
        model.addAttribute("v", view);
        model.addAttribute("c", view.surveyCase());
        model.addAttribute("steps", CaseStep.values());
        model.addAttribute("due", cases.dueOfNext(view));
        model.addAttribute("prefectures", registry.prefecturesByCode());
        model.addAttribute("hospitalView", actor.is(Role.HOSPITAL));
        boolean contractor = actor.is(Role.CONTRACTOR) || actor.is(Role.MHLW_ADMIN);
        model.addAttribute("canEdit", contractor && !view.surveyCase().withdrawn());
        model.addAttribute("canCorrect", actor.is(Role.MHLW_ADMIN) || actor.is(Role.CONTRACTOR) && actor.manager());
        model.addAttribute("canAssign", (actor.is(Role.MHLW_ADMIN) || actor.is(Role.CONTRACTOR) && actor.manager())
                && !view.surveyCase().withdrawn());
        List<jp.mamori.security.Organization> assignable = view.surveyCase().withdrawn()
                || !(actor.is(Role.MHLW_ADMIN) || actor.is(Role.CONTRACTOR) && actor.manager()) ? List.of() : organizations.list();
        model.addAttribute("organizations", assignable);
        parts.addTo(model, view, actor, assignable);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "survey/case";
    }

    @PostMapping("/survey/cases/{id}/steps/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        CaseStep s = CaseStep.valueOf(step);
        Set<String> given = new HashSet<>();
        form.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.add(k);
            }
        });
        if ("true".equals(form.get("clearPlan"))) {
            given.add("plannedOn");
        }
        try {
            List<String> surveyors = given.contains("surveyors")
                    ? Arrays.stream(form.get("surveyors").split("[,、\\s]+")).filter(x -> !x.isBlank()).toList() : null;
            LocalDate planned = given.contains("plannedOn") && !"true".equals(form.get("clearPlan")) ? date("plannedOn", form.get("plannedOn")) : null;
            LocalDate done = given.contains("doneOn") ? date("doneOn", form.get("doneOn")) : null;
            LocalTime time = null;
            if (given.contains("plannedTime")) {
                try {
                    time = LocalTime.parse(form.get("plannedTime").trim());
                } catch (DateTimeParseException e) {
                    throw new ValidationException(Problem.field("plannedTime", "INVALID_VALUE", "予定時刻は HH:MM（例: 13:30）で入力してください。"));
                }
            }
            Integer duration = null;
            if (given.contains("durationMinutes")) {
                try {
                    duration = Integer.parseInt(form.get("durationMinutes").trim());
                } catch (NumberFormatException e) {
                    duration = 0;
                }
                if (duration < 1 || duration > 1440) {
                    throw new ValidationException(Problem.field("durationMinutes", "INVALID_VALUE", "所要時間は1〜1440分で入力してください。"));
                }
            }
            String mode = given.contains("mode") ? form.get("mode").trim() : null;
            if (mode != null && !mode.equals("ONLINE") && !mode.equals("ONSITE")) {
                throw new ValidationException(Problem.field("mode", "INVALID_VALUE", "mode は ONLINE（オンライン）か ONSITE（現地）です。"));
            }
            for (String f : List.of("note", "reason")) {
                if (given.contains(f)) {
                    jp.mamori.shared.TextRules.checkMultiLine(f, f.equals("note") ? "メモ" : "訂正の理由", form.get(f).trim(), 2000)
                            .ifPresent(p -> {
                                throw new ValidationException(p);
                            });
                }
            }
            List<StepRow.Attendee> attendees = null;
            if (form.containsKey("attendeesShown")) {
                given.add("attendees");
                attendees = StepAttendeesForm.read(form);
            }
            given.retainAll(Set.of("plannedOn", "plannedTime", "durationMinutes", "surveyors", "doneOn", "note", "reason", "mode", "attendees"));
            cases.editStep(id, s, new CaseService.StepEdit(given, planned, time, duration, surveyors, done,
                    trimmed(form.get("note")), trimmed(form.get("reason")), mode, attendees));
            flash.addFlashAttribute("saved", s.name());
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
            flash.addFlashAttribute("failedStep", s.name());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
            flash.addFlashAttribute("failedStep", s.name());
        } catch (ForbiddenException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
            flash.addFlashAttribute("failedStep", s.name());
        }
        return "redirect:/survey/cases/" + id + "#step-" + s.name();
    }

    @PostMapping("/survey/cases/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam(required = false) String organizationId,
                  @RequestParam(required = false) String leadUsername, @RequestParam(required = false) String assignedOn,
                  RedirectAttributes flash) {
        try {
            if (blank(organizationId) == null) {
                throw new ValidationException(Problem.field("organizationId", "MISSING_VALUE", "割り当てる組織を選んでください。"));
            }
            cases.assign(id, organizationId.trim(), blank(leadUsername), blank(assignedOn) == null ? null : date("assignedOn", assignedOn));
            flash.addFlashAttribute("assigned", true);
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "#assignment";
    }

    @PostMapping("/survey/cases/{id}/sharing")
    String share(@PathVariable long id, @RequestParam boolean prefecture, RedirectAttributes flash) {
        try {
            cases.share(id, prefecture);
            flash.addFlashAttribute("shared", prefecture ? "on" : "off");
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "#sharing";
    }

    @PostMapping("/survey/cases/assignment")
    String assignPrefecture(@RequestParam String program, @RequestParam(required = false) String prefectureCode,
                            @RequestParam(required = false) String organizationId, RedirectAttributes flash) {
        try {
            if (prefectureCode == null || !PrefectureCode.isValid(prefectureCode.trim())) {
                throw new ValidationException(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県を選んでください。"));
            }
            if (blank(organizationId) == null) {
                throw new ValidationException(Problem.field("organizationId", "MISSING_VALUE", "割り当てる組織を選んでください。"));
            }
            int n = cases.assignPrefecture(program, new PrefectureCode(prefectureCode.trim()), organizationId.trim());
            flash.addFlashAttribute("bulkAssigned", n);
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/survey/cases?program=" + program;
    }

    /** One planned hearing or on-site visit in the week view. */
    record Visit(CaseService.CaseView view, CaseStep step, StepRow row) {
    }

    @GetMapping("/survey/schedule")
    String schedule(@RequestParam(required = false) String program, @RequestParam(required = false) String week,
                    @RequestParam(required = false) String organizationId, @RequestParam(required = false) String surveyor,
                    HttpServletRequest request, Model model) {
        Optional<Program> p = program(program);
        if (p.isEmpty()) {
            return "redirect:/programs";
        }
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? LocalDate.now(JapaneseDates.TOKYO) : LocalDate.parse(week.trim());
        } catch (DateTimeParseException e) {
            day = LocalDate.now(JapaneseDates.TOKYO);
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        String org = blank(organizationId);
        String who = blank(surveyor);
        List<CaseService.CaseLine> all = cases.lines(p.get().id(), new CaseService.Filter(null, null, org, false));
        TreeMap<LocalDate, List<Visit>> days = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            days.put(monday.plusDays(i), new ArrayList<>());
        }
        List<CaseService.CaseLine> inWeek = new ArrayList<>();
        List<CaseService.CaseLine> unplanned = new ArrayList<>();
        for (CaseService.CaseLine l : all) {
            if (List.of(CaseStep.HEARING, CaseStep.ONSITE).stream().map(st -> l.steps().get(st).plannedOn())
                    .anyMatch(d -> d != null && days.containsKey(d))) {
                inWeek.add(l);
            }
            // open cases whose next visit (the hearing, else the on-site survey) has no date yet
            CaseStep visit = l.steps().isDone(CaseStep.HEARING) ? CaseStep.ONSITE : CaseStep.HEARING;
            boolean open = !l.withdrawn() && !l.steps().isDone(CaseStep.ONSITE);
            if (open && who == null && l.steps().get(visit).plannedOn() == null) {
                unplanned.add(l);
            }
        }
        // only the week's cases are read in full: their times and surveyors
        for (CaseService.CaseView v : cases.views(p.get().id(), inWeek)) {
            for (CaseStep s : List.of(CaseStep.HEARING, CaseStep.ONSITE)) {
                StepRow r = v.surveyCase().row(s);
                if (r.plannedOn() != null && days.containsKey(r.plannedOn()) && (who == null || r.surveyors().contains(who))) {
                    days.get(r.plannedOn()).add(new Visit(v, s, r));
                }
            }
        }
        days.values().forEach(l -> l.sort(Comparator.comparing((Visit x) -> x.row().plannedTime(),
                Comparator.nullsLast(Comparator.naturalOrder()))));
        Pager pager = Pager.of(request, unplanned.size());
        model.addAttribute("program", p.get());
        model.addAttribute("days", days);
        model.addAttribute("monday", monday);
        model.addAttribute("previousWeek", monday.minusWeeks(1));
        model.addAttribute("nextWeek", monday.plusWeeks(1));
        model.addAttribute("organizationId", org);
        model.addAttribute("surveyor", who);
        model.addAttribute("organizations", organizations.list());
        model.addAttribute("unplanned", cases.views(p.get().id(), pager.slice(unplanned)));
        model.addAttribute("pager", pager);
        return "survey/schedule";
    }

    @GetMapping("/survey/prefectures/{pref}")
    String prefecture(@PathVariable String pref, @RequestParam(required = false) String program,
                      @RequestParam(required = false) String state, HttpServletRequest request, Model model) {
        if (!PrefectureCode.isValid(pref)) {
            throw new jp.mamori.shared.NotFoundException("都道府県コード「" + pref + "」はありません。");
        }
        PrefectureCode code = new PrefectureCode(pref);
        guard.requireReadPrefecture(code);
        Optional<Program> p = program(program);
        if (p.isEmpty()) {
            return "redirect:/programs";
        }
        CaseState s = parseState(state);
        List<CaseService.CaseLine> all = cases.lines(p.get().id(), new CaseService.Filter(s, pref, null, false));
        Pager pager = Pager.of(request, all.size());
        model.addAttribute("program", p.get());
        model.addAttribute("prefecture", registry.prefecturesByCode().get(code));
        model.addAttribute("cases", cases.views(p.get().id(), pager.slice(all)));
        model.addAttribute("counts", countByState(all));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("state", s);
        model.addAttribute("pager", pager);
        // the consent and what it opens are the prefecture's to see, not the ministry's (survey.md, "Who sees what")
        model.addAttribute("prefectureViewer", guard.current().is(Role.PREFECTURE));
        return "survey/prefecture";
    }

    @GetMapping("/survey")
    String national(@RequestParam(required = false) String program, HttpServletRequest request, Model model) {
        Actor actor = guard.current();
        if (actor.is(Role.PREFECTURE)) {
            return "redirect:/survey/prefectures/" + actor.prefecture().value();
        }
        if (actor.is(Role.CONTRACTOR) || actor.is(Role.HOSPITAL)) {
            return "redirect:/survey/cases";
        }
        guard.requireReadNational();
        Optional<Program> p = program(program);
        if (p.isEmpty()) {
            return "redirect:/programs";
        }
        List<CaseService.CaseLine> all = cases.lines(p.get().id(), new CaseService.Filter(null, null, null, false));
        Map<String, List<CaseService.CaseLine>> byPref = new TreeMap<>();
        all.forEach(v -> byPref.computeIfAbsent(v.prefecture().value(), k -> new ArrayList<>()).add(v));
        List<PrefectureRow> rows = byPref.entrySet().stream()
                .map(e -> new PrefectureRow(e.getKey(), countByState(e.getValue()), e.getValue().size(),
                        e.getValue().stream().filter(v -> !v.overdue().isEmpty()).count()))
                .toList();
        Pager pager = Pager.of(request, rows.size());
        model.addAttribute("program", p.get());
        model.addAttribute("total", all.size());
        model.addAttribute("overdueTotal", all.stream().filter(v -> !v.overdue().isEmpty()).count());
        model.addAttribute("counts", countByState(all));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("rows", pager.slice(rows));
        model.addAttribute("pager", pager);
        Map<String, String> names = new TreeMap<>();
        registry.prefecturesByCode().forEach((code, pref) -> names.put(code.value(), pref.name(
                org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        model.addAttribute("prefectureNames", names);
        return "survey/national";
    }

    /** One prefecture's line of the national table. */
    record PrefectureRow(String prefectureCode, Map<CaseState, Long> counts, int total, long overdue) {
    }

    static Map<CaseState, Long> countByState(List<CaseService.CaseLine> views) {
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            counts.put(s, 0L);
        }
        views.forEach(v -> counts.merge(v.state(), 1L, Long::sum));
        return counts;
    }

    private static CaseState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CaseState.valueOf(state.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(Problem.field(field, "INVALID_VALUE", "日付は YYYY-MM-DD（例: 2025-10-01）で入力してください。"));
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        static final List<String> SECTIONS = List.of("/survey", "/survey/**");

        @Bean
        NavItem surveyCasesNav() {
            return new NavItem("/survey/cases", "nav.surveyCases", 15, Set.of("CONTRACTOR"), SECTIONS);
        }

        @Bean
        NavItem surveyScheduleNav() {
            return new NavItem("/survey/schedule", "nav.surveySchedule", 16, Set.of("CONTRACTOR"));
        }

        @Bean
        NavItem ownSurveyCaseNav() {
            return new NavItem("/survey/cases", "nav.ownSurveyCase", 12, Set.of("HOSPITAL"), SECTIONS);
        }

        @Bean
        NavItem surveyProgressNav() {
            return new NavItem("/survey", "nav.surveyProgress", 45, Set.of("MHLW_ADMIN", "AUDITOR", "PREFECTURE"), SECTIONS);
        }
    }
}
