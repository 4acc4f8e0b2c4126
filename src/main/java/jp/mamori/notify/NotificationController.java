package jp.mamori.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.web.NavItem;
import jp.mamori.shared.web.Pager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry's page of every message: sent, queued and failed, with the text that went out. */
@Controller
class NotificationController {

    private final NotificationAdmin admin;

    NotificationController(NotificationAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String event, Model model,
                HttpServletRequest request) {
        long total;
        try {
            total = admin.count(status, event);
        } catch (ValidationException e) {
            model.addAttribute("problems", e.problems());
            status = null;
            total = admin.count(null, event);
        }
        Pager pager = Pager.of(request, total);
        model.addAttribute("notifications", admin.page(status, event, pager.offset(), pager.size()));
        model.addAttribute("pager", pager);
        model.addAttribute("status", status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT));
        model.addAttribute("event", event == null ? "" : event.strip());
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("events", NotificationEvent.values());
        Map<String, Long> counts = new HashMap<>();
        admin.counts().forEach((s, n) -> counts.put(s.name(), n));
        model.addAttribute("counts", counts);
        model.addAttribute("smtpServer", admin.smtpServer());
        return "notify/list";
    }

    @PostMapping("/notifications/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String event, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) Integer size, RedirectAttributes redirect) {
        try {
            admin.retryNow(id);
            redirect.addFlashAttribute("retried", id);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        if (status != null && !status.isBlank()) {
            redirect.addAttribute("status", status);
        }
        if (event != null && !event.isBlank()) {
            redirect.addAttribute("event", event);
        }
        if (page != null) {
            redirect.addAttribute("page", page);
        }
        if (size != null) {
            redirect.addAttribute("size", size);
        }
        return "redirect:/notifications";
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem notificationsNav() {
            return new NavItem("/notifications", "nav.notifications", 85, Set.of("MHLW_ADMIN"));
        }
    }
}
