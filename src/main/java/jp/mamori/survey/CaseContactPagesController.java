package jp.mamori.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Contact;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.ContactRules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms for the people of a case: its contacts (CaseContacts), invitations to them (Invitations) and
 * the hospital's request to move a planned date (RescheduleRequests). Refusals come back next to the field.
 */
@Controller
class CaseContactPagesController {

    /** A contact as typed, kept in the session (flash) when refused so the form shows it again. */
    record ContactRow(String department, String name, String phone, String email) implements java.io.Serializable {
    }

    private final CaseContacts contacts;
    private final Invitations invitations;
    private final RescheduleRequests reschedules;
    private final ProgramService programs;
    private final CaseRepository cases;
    private final CaseService service;
    private final jp.mamori.security.AccessGuard guard;

    CaseContactPagesController(CaseContacts contacts, Invitations invitations, RescheduleRequests reschedules, ProgramService programs,
                               CaseRepository cases, CaseService service, jp.mamori.security.AccessGuard guard) {
        this.cases = cases;
        this.service = service;
        this.guard = guard;
        this.contacts = contacts;
        this.invitations = invitations;
        this.reschedules = reschedules;
        this.programs = programs;
    }

    @PostMapping("/survey/cases/{id}/contacts")
    String contacts(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        List<Contact> given = new ArrayList<>();
        for (int i = 0; i < ContactRules.MAX_CONTACTS; i++) {
            Contact c = new Contact(blank(form.get("contacts[" + i + "].department")), blank(form.get("contacts[" + i + "].name")),
                    blank(form.get("contacts[" + i + "].phone")), blank(form.get("contacts[" + i + "].email")));
            if (c.department() != null || c.name() != null || c.phone() != null || c.email() != null) {
                given.add(c);
            }
        }
        try {
            contacts.replace(id, given);
            flash.addFlashAttribute("contactsSaved", true);
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
            flash.addFlashAttribute("contactsForm", typed(given));
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
            flash.addFlashAttribute("contactsForm", typed(given));
        }
        return "redirect:/survey/cases/" + id + "#contacts";
    }

    /** One case: every contact with an address gets a link; how many were sent is shown. */
    @PostMapping("/survey/cases/{id}/invitations")
    String invite(@PathVariable long id, RedirectAttributes flash) {
        // Invitations checks each call too; asked first here so nobody else learns whether the case has contacts
        jp.mamori.security.Actor actor = guard.current();
        SurveyCase c = cases.find(id).orElseThrow(() -> new jp.mamori.shared.NotFoundException("案件 " + id + " が見つかりません。"));
        if (!actor.is(jp.mamori.security.Role.MHLW_ADMIN)
                && !jp.mamori.survey.domain.CaseAccessPolicy.canWriteSurvey(CaseService.viewer(actor), service.scope(c))) {
            throw new org.springframework.security.access.AccessDeniedException("case " + id);
        }
        List<String> addresses = contacts.of(id).stream().map(Contact::email).filter(m -> m != null && !m.isBlank()).distinct().toList();
        int sent = 0;
        List<Problem> problems = new ArrayList<>();
        for (String address : addresses) {
            try {
                invitations.invite(id, address);
                sent++;
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (addresses.isEmpty()) {
            problems.add(Problem.of("NO_CONTACT", "この案件にはメールアドレスのある担当者がいません。先に連絡先を登録してください。"));
        }
        flash.addFlashAttribute("invited", sent);
        flash.addFlashAttribute("problems", problems);
        return "redirect:/survey/cases/" + id + "#invite";
    }

    /** The ministry invites every case of a prefecture whose hospital has no account yet (Invitations.inviteAll). */
    @PostMapping("/survey/cases/invitations")
    String inviteAll(@RequestParam String program, @RequestParam(required = false) String prefectureCode, RedirectAttributes flash) {
        Program p = programs.get(program.trim());
        String code = blank(prefectureCode);
        if (code == null || !PrefectureCode.isValid(code)) {
            flash.addFlashAttribute("problems", List.of(Problem.field("prefectureCode", "INVALID_VALUE", "案内を送る都道府県を選んでください。")));
        } else {
            flash.addFlashAttribute("bulkInvited", invitations.inviteAll(p.id(), new PrefectureCode(code)));
        }
        return "redirect:/survey/cases?program=" + p.id() + "#bulk-invite";
    }

    @PostMapping("/survey/cases/{id}/reschedule")
    String reschedule(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            CaseStep step;
            try {
                step = CaseStep.valueOf(form.getOrDefault("step", "").trim());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Problem.field("step", "MISSING_VALUE", "日程を変えたい手順を選んでください。"));
            }
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < RescheduleRequests.MAX_DATES; i++) {
                String d = blank(form.get("preferredDates[" + i + "]"));
                if (d != null) {
                    try {
                        dates.add(LocalDate.parse(d));
                    } catch (DateTimeParseException e) {
                        throw new ValidationException(Problem.field("preferredDates", "INVALID_VALUE",
                                "希望日は YYYY-MM-DD（例: 2025-10-01）で入力してください。"));
                    }
                }
            }
            reschedules.request(id, step, dates, blank(form.get("note")));
            flash.addFlashAttribute("rescheduleRequested", step.name());
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
            Map<String, String> kept = new LinkedHashMap<>(form);
            kept.remove("_csrf");
            flash.addFlashAttribute("rescheduleForm", kept);
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "#reschedule";
    }

    private static ArrayList<ContactRow> typed(List<Contact> given) {
        return new ArrayList<>(given.stream().map(c -> new ContactRow(c.department(), c.name(), c.phone(), c.email())).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
