package jp.mamori.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.program.ProgramService;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The dashboard page: figures, a line per day, fill by band, a map coloured and patterned by fill rate, with tables. */
@Controller
class DashboardController {

    /** Fill-rate classes of the map, each with its own pattern so it reads without colour. */
    static final double[] CLASS_LIMITS = {0.5, 0.8, 1.0};

    private final DashboardService dashboards;
    private final ProgramService programs;
    private final JapanMap map;
    private final AccessGuard guard;
    private final ObjectMapper json;

    DashboardController(DashboardService dashboards, ProgramService programs, JapanMap map, AccessGuard guard, ObjectMapper json) {
        this.dashboards = dashboards;
        this.programs = programs;
        this.map = map;
        this.guard = guard;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String entry() {
        return programs.newest().map(p -> "redirect:/programs/" + p.id() + "/dashboard").orElse("redirect:/programs");
    }

    @GetMapping("/programs/{pid}/dashboard")
    String dashboard(@PathVariable String pid, Model model) throws JsonProcessingException {
        Dashboard d = dashboards.dashboard(pid);
        model.addAttribute("program", programs.get(pid));
        model.addAttribute("d", d);
        model.addAttribute("national", guard.current().national());
        Map<String, Integer> classes = new LinkedHashMap<>();
        d.prefectures().forEach(p -> classes.put(p.prefectureCode(), fillClass(p.fillRate())));
        model.addAttribute("classes", classes);
        model.addAttribute("rows", byCode(d));
        model.addAttribute("paths", map.paths());
        model.addAttribute("viewBox", map.viewBox());
        model.addAttribute("chartData", json.writeValueAsString(Map.of(
                "history", d.history(),
                "bands", d.bands())));
        return "dashboard/dashboard";
    }

    private static Map<String, Dashboard.PrefectureRow> byCode(Dashboard d) {
        Map<String, Dashboard.PrefectureRow> rows = new LinkedHashMap<>();
        d.prefectures().forEach(p -> rows.put(p.prefectureCode(), p));
        return rows;
    }

    /** 0 = no quota, 1 = under 50 %, 2 = 50–80 %, 3 = 80–100 %, 4 = filled. */
    static int fillClass(Double rate) {
        if (rate == null) {
            return 0;
        }
        int c = 1;
        for (double limit : CLASS_LIMITS) {
            if (rate >= limit) {
                c++;
            }
        }
        return c;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem dashboardNav() {
            return new NavItem("/dashboard", "nav.dashboard", 5, Set.of("MHLW_ADMIN", "AUDITOR", "PREFECTURE"),
                    java.util.List.of("/dashboard", "/programs/*/dashboard/**"));
        }
    }
}
