package jp.mamori.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.KevSuggestionsRaised;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.shared.HospitalCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a case's organization that a newer KEV catalogue matched its hospital's devices, in the rematch's own
 * transaction: the Handa hospital never learned of the flaw that let the attackers in. The key is the raise's own.
 */
@Component
class InventoryNotifier {

    private final Outbox outbox;
    private final Organizations organizations;
    private final Registry registry;
    private final ProgramService programs;

    InventoryNotifier(Outbox outbox, Organizations organizations, Registry registry, ProgramService programs) {
        this.outbox = outbox;
        this.organizations = organizations;
        this.registry = registry;
        this.programs = programs;
    }

    @EventListener
    void on(KevSuggestionsRaised e) {
        Organization org = organizations.find(e.organizationId()).orElse(null);
        if (org == null) {
            return;
        }
        HospitalCode hospital = new HospitalCode(e.hospitalCode());
        Map<String, Object> model = new HashMap<>();
        model.put("programName", programs.find(e.programId()).map(Program::name).orElse(e.programId()));
        model.put("hospitalCode", hospital.value());
        model.put("hospitalName", registry.hospital(hospital).map(Hospital::name).orElse(hospital.value()));
        model.put("organizationName", org.name());
        model.put("caseId", e.caseId());
        model.put("count", e.count());
        outbox.enqueue(new OutgoingMessage("KEV_SUGGESTIONS_RAISED", "KEV_SUGGESTIONS_RAISED:" + e.caseId() + ":" + e.key(),
                hospital, null, org.email() == null ? List.of() : List.of(org.email()), "kev-suggestions-raised", model));
    }
}
