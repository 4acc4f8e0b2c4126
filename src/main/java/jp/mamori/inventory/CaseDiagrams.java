package jp.mamori.inventory;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.inventory.diagram.DiagramLabels;
import jp.mamori.inventory.diagram.DiagramLayout;
import jp.mamori.inventory.diagram.DiagramModel;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.shared.HospitalCode;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import jp.mamori.survey.domain.SystemEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case's configuration diagram is drawn from: the hospital's name, the questionnaire's systems, the
 * inventory, and each point coloured by its worst finding still standing (not dismissed, fixed or withdrawn).
 * The contractor's view counts SUGGESTED ones too (they are its to decide); the hospital never sees a suggestion,
 * so its view and the prefecture's count only OPEN and ACCEPTED, and so does the report.
 */
@Service
public class CaseDiagrams {

    /** Whose diagram: the assigned contractor's, or everyone else's (hospital, prefecture, the report). */
    public enum View {
        CONTRACTOR(EnumSet.of(FindingState.SUGGESTED, FindingState.OPEN, FindingState.ACCEPTED)),
        HOSPITAL(EnumSet.of(FindingState.OPEN, FindingState.ACCEPTED));

        private final Set<FindingState> standing;

        View(Set<FindingState> standing) {
            this.standing = standing;
        }

        boolean counts(FindingState state) {
            return standing.contains(state);
        }
    }

    private final ConnectionInventory inventory;
    private final Findings findings;
    private final CaseAccess access;
    private final Registry registry;
    private final MessageSource messages;

    CaseDiagrams(ConnectionInventory inventory, Findings findings, CaseAccess access, Registry registry, MessageSource messages) {
        this.inventory = inventory;
        this.findings = findings;
        this.access = access;
        this.registry = registry;
        this.messages = messages;
    }

    /** The diagram as its reader may see it (the inventory's readers, audited), laid out in the reader's language. */
    @Transactional
    public DiagramLayout read(long caseId) {
        access.readConfidential(caseId, "INVENTORY_DIAGRAM_READ");
        return DiagramLayout.of(of(caseId, viewOfCaller(caseId)), labels());
    }

    /** Which view the caller gets; ask only after the caller's read was allowed. */
    View viewOfCaller(long caseId) {
        return access.callerIsAssignedContractor(caseId) ? View.CONTRACTOR : View.HOSPITAL;
    }

    /** No access check: for the system's own work (the report draws the hospital's view). */
    public DiagramModel of(long caseId, View view) {
        return of(caseId, inventory.of(caseId), findings.of(caseId), view);
    }

    DiagramModel of(long caseId, List<ConnectionPoint> points, List<Finding> live, View view) {
        CaseRef c = access.caseOf(caseId);
        String name = registry.hospital(new HospitalCode(c.hospitalCode())).map(Hospital::name).orElse(c.hospitalCode());
        List<String> systems = access.systems(caseId).stream().map(SystemEntry::name).toList();
        Map<Long, Severity> worst = new HashMap<>();
        Severity hospitalWorst = null;
        for (Finding f : live) {
            if (!view.counts(f.state())) {
                continue;
            }
            if (f.connectionId() == null) {
                hospitalWorst = worse(hospitalWorst, f.severity());
            } else {
                worst.merge(f.connectionId(), f.severity(), CaseDiagrams::worse);
            }
        }
        return new DiagramModel(name, systems, points, worst, hospitalWorst);
    }

    /** The diagram's words in the language of the current request. */
    public DiagramLabels labels() {
        var locale = LocaleContextHolder.getLocale();
        return DiagramLabels.from(k -> messages.getMessage(k, null, locale));
    }

    private static Severity worse(Severity a, Severity b) {
        return a == null || b.ordinal() < a.ordinal() ? b : a;
    }
}
