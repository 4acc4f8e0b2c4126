package jp.mamori.survey;

import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.selection.SelectionChanged;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.shared.HospitalCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases follow selection in the selection's own transaction (a plain listener, never an asynchronous one):
 * if a case cannot be written, the selection change rolls back with it.
 */
@Component
class CaseOpening {

    private final CaseRepository cases;
    private final CaseLedger ledger;
    private final AccessGuard guard;
    private final AuditLog audit;

    CaseOpening(CaseRepository cases, CaseLedger ledger, AccessGuard guard, AuditLog audit) {
        this.cases = cases;
        this.ledger = ledger;
        this.guard = guard;
        this.audit = audit;
    }

    @EventListener
    public void on(SelectionChanged changed) {
        if (changed.changed().isEmpty()) {
            return;
        }
        String by = guard.currentIfAny().map(Actor::username).orElse(AuditLog.SYSTEM);
        Map<HospitalCode, CaseRepository.Opened> existing = cases.byHospital(changed.programId());
        int opened = 0;
        int closed = 0;
        for (Decision d : changed.changed()) {
            CaseRepository.Opened c = existing.get(d.hospitalCode());
            if (d.status() == DecisionStatus.SELECTED) {
                if (c == null) {
                    if (ledger.open(changed.programId(), d.hospitalCode(), d.prefectureCode(), by,
                            "選定（" + changed.eventType() + "）により案件を作成").isPresent()) {
                        opened++;
                    }
                } else if (c.withdrawn()) {
                    ledger.reopen(c.id(), by, "再び選定（" + changed.eventType() + "）");
                    opened++;
                }
            } else if (c != null && !c.withdrawn()) {
                ledger.withdraw(c.id(), by, d.status() == DecisionStatus.WITHDRAWN
                        ? "辞退: " + (d.withdrawalReason() == null ? "" : d.withdrawalReason())
                        : "選定から外れたため終了（" + d.status() + "）");
                closed++;
            }
        }
        if (opened + closed > 0) {
            audit.change("SURVEY_CASES_FOLLOWED_SELECTION", "PROGRAM", changed.programId(), null,
                    Map.of("selectionSeq", changed.seq(), "opened", opened, "withdrawn", closed));
        }
    }
}
