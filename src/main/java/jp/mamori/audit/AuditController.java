package jp.mamori.audit;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.web.Pager;
import java.time.LocalDate;
import java.util.Set;

import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private final AuditService service;

    AuditController(AuditService service) {
        this.service = service;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String actor,
                  @RequestParam(required = false) String action,
                  @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String text,
                  Model model, HttpServletRequest request) {
        // the count comes with the page itself, so the page asked for is read first and clamped for the pager after
        Pager asked = Pager.of(request, Long.MAX_VALUE);
        AuditQuery query = new AuditQuery(actor, action, entityType, entityId, from, to, text, asked.page() - 1, asked.size());
        AuditRepository.Page result = service.search(query);
        Pager pager = Pager.of(request, result.total());
        if (pager.page() != asked.page()) {
            result = service.search(new AuditQuery(actor, action, entityType, entityId, from, to, text, pager.page() - 1,
                    pager.size()));
        }
        model.addAttribute("query", query);
        model.addAttribute("entries", result.entries());
        model.addAttribute("total", result.total());
        model.addAttribute("pager", pager);
        model.addAttribute("actions", service.actions());
        return "audit/search";
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem auditNav() {
            return new NavItem("/audit", "nav.audit", 95, Set.of("MHLW_ADMIN", "AUDITOR"));
        }
    }
}
