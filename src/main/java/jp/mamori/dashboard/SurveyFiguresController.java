package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.checklist.ChecklistEditions;
import jp.mamori.checklist.domain.AnswerKey;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey's figures as a page: national with a prefecture selector for the ministry and the auditors, its own for
 * a prefecture. Each chart has the table of its values beside it; a suppressed figure is a mark, explained on the page.
 */
@Controller
class SurveyFiguresController {

    private final SurveyStatistics statistics;
    private final ProgramService programs;
    private final Registry registry;
    private final ChecklistEditions editions;
    private final AccessGuard guard;
    private final ObjectMapper json;
    private final MessageSource messages;

    SurveyFiguresController(SurveyStatistics statistics, ProgramService programs, Registry registry, ChecklistEditions editions,
                            AccessGuard guard, ObjectMapper json, MessageSource messages) {
        this.messages = messages;
        this.statistics = statistics;
        this.programs = programs;
        this.registry = registry;
        this.editions = editions;
        this.guard = guard;
        this.json = json;
    }

    /** One line of the checklist table, with the item as the ministry numbers it. */
    record ChecklistLine(String editionTitle, String item, String text, String respondent, Long yes, Long no, Long na) {
    }

    @GetMapping("/survey/figures")
    String figures(@RequestParam(required = false) String program, @RequestParam(required = false) String prefecture, Model model)
            throws JsonProcessingException {
        Actor actor = guard.current();
        String scope = actor.is(Role.PREFECTURE) && (prefecture == null || prefecture.isBlank())
                ? actor.prefecture().value() : blank(prefecture);
        if (scope == null) {
            guard.requireReadNational();
        }
        Optional<Program> p = program == null || program.isBlank() ? programs.newest() : Optional.of(programs.get(program.trim()));
        if (p.isEmpty()) {
            return "redirect:/programs";
        }
        SurveyStatisticsView v = scope == null ? statistics.national(p.get().id()) : statistics.prefecture(p.get().id(), scope);
        Map<String, String> names = new LinkedHashMap<>();
        registry.prefecturesByCode().forEach((code, pref) -> names.put(code.value(), pref.name(LocaleContextHolder.getLocale())));
        model.addAttribute("program", p.get());
        model.addAttribute("v", v);
        model.addAttribute("scope", scope);
        model.addAttribute("national", actor.national());
        model.addAttribute("prefectureNames", names);
        model.addAttribute("delivered", v.prefectures().stream().mapToLong(SurveyStatisticsView.PrefectureCases::delivered).sum());
        model.addAttribute("total", v.prefectures().stream().mapToLong(SurveyStatisticsView.PrefectureCases::cases).sum());
        model.addAttribute("checklist", checklistLines(v));
        model.addAttribute("mark", SurveyStatisticsExport.MARK);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("state-chart", chart(v.cases().byState(), "survey.state."));
        charts.put("purpose-chart", chart(v.connections().byPurpose(), "diagram.purpose."));
        charts.put("severity-chart", chart(v.findings().bySeverity(), "diagram.severity."));
        charts.put("decision-chart", chart(v.backup().byDecision(), "figures.decision."));
        model.addAttribute("chartData", json.writeValueAsString(charts));
        return "dashboard/survey-figures";
    }

    /** A chart's labels in the page's language and its values, null where suppressed (left out of the bars). */
    private Map<String, Object> chart(Map<String, Long> values, String labelPrefix) {
        List<String> labels = values.keySet().stream()
                .map(k -> messages.getMessage(labelPrefix + k, null, k, LocaleContextHolder.getLocale())).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels);
        out.put("values", new ArrayList<>(values.values()));
        return out;
    }

    private List<ChecklistLine> checklistLines(SurveyStatisticsView v) {
        Map<String, Optional<Edition>> known = new LinkedHashMap<>();
        List<ChecklistLine> out = new ArrayList<>();
        for (SurveyStatisticsView.ChecklistRow r : v.checklist()) {
            Optional<Edition> edition = known.computeIfAbsent(r.edition(), editions::find);
            Optional<AnswerKey> key = AnswerKey.parse(r.itemId());
            Optional<ChecklistItem> item = edition.flatMap(e -> key.flatMap(k -> e.item(k.itemId())));
            String label = item.map(ChecklistItem::displayId).orElse(r.itemId())
                    + key.map(AnswerKey::target).map(t -> "（" + t.japanese() + "）").orElse("");
            out.add(new ChecklistLine(edition.map(Edition::title).orElse(r.edition()), label, item.map(ChecklistItem::text).orElse(""),
                    r.respondent(), r.yes(), r.no(), r.na()));
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem surveyFiguresNav() {
            return new NavItem("/survey/figures", "nav.surveyFigures", 46, Set.of("MHLW_ADMIN", "AUDITOR", "PREFECTURE"));
        }
    }
}
