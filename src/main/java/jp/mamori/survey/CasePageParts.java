package jp.mamori.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.security.Actor;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.security.Role;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.StoredDocument;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows beyond the steps: documents, the questionnaire link, contacts, invitations and the
 * hospital's requests to move a date. Each part is shown only where CaseAccessPolicy lets the viewer see or change
 * it; the services behind the forms check again, so a hidden button is never the only guard.
 */
@Component
class CasePageParts {

    /** What a person may upload; REPORT is the system's own. */
    static final List<DocumentKind> UPLOADABLE = List.of(DocumentKind.NETWORK_DIAGRAM, DocumentKind.SYSTEM_DIAGRAM,
            DocumentKind.MEMORANDUM, DocumentKind.VENDOR_CHECKLIST, DocumentKind.OTHER);

    private final CaseService cases;
    private final CaseDocuments documents;
    private final RescheduleRequests reschedules;
    private final Organizations organizations;

    CasePageParts(CaseService cases, CaseDocuments documents, RescheduleRequests reschedules, Organizations organizations) {
        this.cases = cases;
        this.documents = documents;
        this.reschedules = reschedules;
        this.organizations = organizations;
    }

    void addTo(Model model, CaseService.CaseView view, Actor actor, List<Organization> assignable) {
        SurveyCase c = view.surveyCase();
        Viewer viewer = CaseService.viewer(actor);
        CaseScope scope = cases.scope(c);
        boolean open = !c.withdrawn();
        boolean hospital = CaseAccessPolicy.canWriteAsHospital(viewer, scope);
        boolean contractor = CaseAccessPolicy.canWriteSurvey(viewer, scope);
        boolean documentsShown = CaseAccessPolicy.canReadConfidential(viewer, scope) || CaseAccessPolicy.canReadMemorandum(viewer, scope);
        List<StoredDocument> docs = documentsShown ? documents.list(c.id()) : null;
        model.addAttribute("documents", docs);
        model.addAttribute("documentKinds", UPLOADABLE);
        model.addAttribute("canUpload", open && (hospital || contractor));
        Map<String, Boolean> deletable = new LinkedHashMap<>();
        if (docs != null) {
            docs.forEach(d -> deletable.put(d.id().toString(),
                    contractor || hospital && d.uploadedBy().equals(actor.username())));
        }
        model.addAttribute("deletable", deletable);
        model.addAttribute("questionnaireShown", CaseAccessPolicy.canReadConfidential(viewer, scope));
        model.addAttribute("canEditContacts", open && (hospital || contractor) && view.contacts() != null);
        model.addAttribute("canInvite", open && (contractor || actor.is(Role.MHLW_ADMIN)));
        model.addAttribute("canRequestReschedule", open && hospital);
        model.addAttribute("openSteps", List.of(CaseStep.values()).stream().filter(s -> c.row(s).doneOn() == null).toList());
        model.addAttribute("reschedules", CaseAccessPolicy.canReadPersonal(viewer, scope) ? reschedules.pending(c.id()) : List.of());
        Map<String, List<String>> leads = assignable.isEmpty() ? Map.of()
                : organizations.accountsOf(assignable.stream().map(Organization::id).toList());
        model.addAttribute("leadAccounts", leads);
    }
}
