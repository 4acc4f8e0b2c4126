package jp.mamori.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.shared.Contact;
import jp.mamori.survey.CaseAssigned;
import jp.mamori.survey.CaseContacts;
import jp.mamori.survey.CaseInvited;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.survey.CaseWithdrawn;
import jp.mamori.survey.RescheduleRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns survey events into messages in the event's own transaction (a plain listener): the message is queued with
 * the assignment or withdrawal it announces, or not at all. Keys come from the event, so a replay adds nothing.
 */
@Component
class SurveyNotifier {

    private final Outbox outbox;
    private final CaseContacts contacts;
    private final Organizations organizations;
    private final Registry registry;
    private final ProgramService programs;
    private final MailSettings settings;

    SurveyNotifier(Outbox outbox, CaseContacts contacts, Organizations organizations, Registry registry, ProgramService programs,
                   MailSettings settings) {
        this.settings = settings;
        this.outbox = outbox;
        this.contacts = contacts;
        this.organizations = organizations;
        this.registry = registry;
        this.programs = programs;
    }

    /** The hospital learns who will contact it: the organization's name and address, and the lead when set. */
    @EventListener
    void on(CaseAssigned e) {
        Organization org = organizations.find(e.organizationId()).orElse(null);
        if (org == null) {
            return;
        }
        Map<String, Object> model = base(e.programId(), e.hospital());
        model.put("organizationName", org.name());
        model.put("organizationEmail", org.email());
        model.put("leadUsername", e.leadUsername());
        List<String> to = contacts.of(e.caseId()).stream().map(Contact::email).filter(m -> m != null && !m.isBlank()).toList();
        outbox.enqueue(new OutgoingMessage("CASE_ASSIGNED", "CASE_ASSIGNED:" + e.key(), e.hospital(), null, to,
                "case-assigned", model));
    }

    /** The organization holding the case stops work on it. */
    @EventListener
    void on(CaseWithdrawn e) {
        Organization org = e.organizationId() == null ? null : organizations.find(e.organizationId()).orElse(null);
        if (org == null) {
            return;
        }
        Map<String, Object> model = base(e.programId(), e.hospital());
        model.put("organizationName", org.name());
        model.put("caseId", e.caseId());
        outbox.enqueue(new OutgoingMessage("CASE_WITHDRAWN", "CASE_WITHDRAWN:" + e.key(), e.hospital(), null,
                org.email() == null ? List.of() : List.of(org.email()), "case-withdrawn", model));
    }

    /** The one-time link goes only to the invited address; MAMORI_APP_URL makes it absolute. */
    @EventListener
    void on(CaseInvited e) {
        Map<String, Object> model = base(e.programId(), e.hospital());
        model.put("link", settings.appLink().replaceAll("/+$", "") + "/invitations/" + e.token());
        model.put("expiresOn", JapaneseDates.withWareki(e.expiresAt().atZone(JapaneseDates.TOKYO).toLocalDate()));
        outbox.enqueue(new OutgoingMessage("CASE_INVITATION", "CASE_INVITATION:" + e.invitationId(), e.hospital(), null,
                List.of(e.email()), "case-invitation", model));
    }

    /** The case's organization learns the hospital wants another date. */
    @EventListener
    void on(RescheduleRequested e) {
        Organization org = e.organizationId() == null ? null : organizations.find(e.organizationId()).orElse(null);
        if (org == null) {
            return;
        }
        Map<String, Object> model = base(e.programId(), e.hospital());
        model.put("organizationName", org.name());
        model.put("caseId", e.caseId());
        model.put("stepName", e.stepName());
        model.put("dates", String.join("、", e.preferredDates().stream().map(JapaneseDates::withWareki).toList()));
        model.put("note", e.note());
        outbox.enqueue(new OutgoingMessage("CASE_RESCHEDULE_REQUESTED", "CASE_RESCHEDULE_REQUESTED:" + e.requestId(), e.hospital(),
                null, org.email() == null ? List.of() : List.of(org.email()), "case-reschedule-requested", model));
    }

    private Map<String, Object> base(String programId, jp.mamori.shared.HospitalCode hospital) {
        Map<String, Object> model = new HashMap<>();
        model.put("programName", programs.find(programId).map(Program::name).orElse(programId));
        model.put("hospitalCode", hospital.value());
        model.put("hospitalName", registry.hospital(hospital).map(Hospital::name).orElse(hospital.value()));
        return model;
    }
}
