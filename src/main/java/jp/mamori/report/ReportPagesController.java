package jp.mamori.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report as a page, through the same Reports as the API: the lead writes (one priority a line), another account
 * of the contractor approves, a later approved version is delivered; the hospital and the prefecture with consent see
 * the delivered versions. Plain posts; a refusal shows the page again with its message.
 */
@Controller
class ReportPagesController {

    /** One version as the table shows it, dates in 和暦 too. */
    record Line(int version, String state, String approvedBy, String approvedOn, String deliveredOn, String sha256) {
        static Line of(ReportVersion v) {
            return new Line(v.version(), v.state().name(), v.approvedBy(),
                    v.approvedAt() == null ? null : JapaneseDates.withWareki(LocalDate.ofInstant(v.approvedAt(), JapaneseDates.TOKYO)),
                    v.deliveredOn() == null ? null : JapaneseDates.withWareki(v.deliveredOn()), v.sha256());
        }
    }

    private final Reports reports;
    private final java.time.Clock clock;

    ReportPagesController(Reports reports, java.time.Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/survey/cases/{id}/report")
    String show(@PathVariable long id, Model model) {
        Reports.View view = reports.read(id);
        String summary = view.shown() == null ? "" : nz(view.shown().text().summary());
        String priorities = view.shown() == null ? "" : String.join("\n", view.shown().text().priorities());
        return page(id, view, summary, priorities, List.of(), model);
    }

    @PostMapping("/survey/cases/{id}/report")
    String write(@PathVariable long id, @RequestParam(defaultValue = "") String summary,
                 @RequestParam(defaultValue = "") String priorities, Model model, RedirectAttributes flash, HttpServletResponse response) {
        // one priority a line; empty lines between them are the textarea's, not the writer's
        List<String> lines = Arrays.stream(priorities.split("\\R")).filter(l -> !l.strip().isEmpty()).toList();
        try {
            reports.write(id, summary, lines);
            flash.addFlashAttribute("saved", "written");
            return "redirect:/survey/cases/" + id + "/report";
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, reports.read(id), summary, priorities, e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, reports.read(id), summary, priorities, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    /* The page's own doors to the files: the API's report.pdf takes a bearer token, which a signed-in browser has not. */
    @GetMapping("/survey/cases/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
        Reports.Download d = reports.pdf(id, version);
        return Downloads.attachment(d.content(), MediaType.APPLICATION_PDF, d.fileName());
    }

    @GetMapping("/survey/cases/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer version) {
        Reports.Download d = reports.xlsx(id, version);
        return Downloads.xlsx(d.content(), d.fileName());
    }

    @PostMapping("/survey/cases/{id}/report/approve")
    String approve(@PathVariable long id, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            reports.approve(id);
            flash.addFlashAttribute("saved", "approved");
            return "redirect:/survey/cases/" + id + "/report";
        } catch (ConflictException e) {
            response.setStatus(409);
            return refused(id, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    @PostMapping("/survey/cases/{id}/report/deliver")
    String deliver(@PathVariable long id, @RequestParam(defaultValue = "") String deliveredOn, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        try {
            LocalDate on;
            try {
                on = deliveredOn.isBlank() ? null : LocalDate.parse(deliveredOn.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException(Problem.field("deliveredOn", "INVALID_VALUE",
                        "納品日は YYYY-MM-DD の形で入力してください（例 2026-01-31）。"));
            }
            reports.redeliver(id, on);
            flash.addFlashAttribute("saved", "delivered");
            return "redirect:/survey/cases/" + id + "/report";
        } catch (ValidationException e) {
            response.setStatus(422);
            return refused(id, e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return refused(id, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    private String refused(long id, List<Problem> problems, Model model) {
        Reports.View view = reports.read(id);
        return page(id, view, view.shown() == null ? "" : nz(view.shown().text().summary()),
                view.shown() == null ? "" : String.join("\n", view.shown().text().priorities()), problems, model);
    }

    private String page(long id, Reports.View view, String summary, String priorities, List<Problem> problems, Model model) {
        if (view.reader() == null) {
            throw new AccessDeniedException("case " + id);
        }
        ReportVersion shown = view.shown();
        model.addAttribute("caseId", id);
        model.addAttribute("view", view);
        model.addAttribute("contractor", view.reader() == Reports.Reader.CONTRACTOR);
        model.addAttribute("shown", shown == null ? null : Line.of(shown));
        model.addAttribute("text", shown == null ? null : shown.text());
        model.addAttribute("summaryLines", shown == null || shown.text().summary() == null ? List.of()
                : List.of(shown.text().summary().split("\n")));
        model.addAttribute("lines", view.versions().stream().map(Line::of).toList());
        model.addAttribute("summary", summary);
        model.addAttribute("priorities", priorities);
        model.addAttribute("problems", problems);
        model.addAttribute("canWrite", view.mayWrite());
        model.addAttribute("isLead", view.isLead());
        model.addAttribute("canApprove", view.mayApprove() && !view.isLead());
        model.addAttribute("canRedeliver", view.mayRedeliver());
        model.addAttribute("deliveredShown", view.reader() != Reports.Reader.CONTRACTOR && shown != null);
        model.addAttribute("today", LocalDate.now(clock.withZone(JapaneseDates.TOKYO)).toString());
        return "report/page";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
