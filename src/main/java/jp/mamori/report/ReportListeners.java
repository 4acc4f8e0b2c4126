package jp.mamori.report;

import jp.mamori.backup.BackupPlanChanged;
import jp.mamori.checklist.ChecklistAnswered;
import jp.mamori.checklist.HospitalChecklistAnswered;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.inventory.FindingsChanged;
import jp.mamori.inventory.InventoryChanged;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseDelivered;
import jp.mamori.survey.QuestionnaireAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the report rests on, heard in the changing transaction (architecture.md): a change withdraws an approval or opens
 * a new version after a delivery, and the DELIVERY step freezes the approved version, so either both land or neither.
 * The hospital's consent and its decision on the backup plan are no such change (no event reaches here for them), nor
 * the prefecture's inspection answers, which the report does not show.
 */
@Component
class ReportListeners {

    private final Reports reports;
    private final CaseAccess access;

    ReportListeners(Reports reports, CaseAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @EventListener
    void on(CaseDelivered e) {
        reports.delivered(e.caseId(), e.deliveredOn(), e.by());
    }

    @EventListener
    void on(InventoryChanged e) {
        reports.changed(e.caseId(), "外部接続点台帳");
    }

    @EventListener
    void on(FindingsChanged e) {
        reports.changed(e.caseId(), "検証結果");
    }

    @EventListener
    void on(QuestionnaireAnswered e) {
        reports.changed(e.caseId(), "事前質問票の回答");
    }

    @EventListener
    void on(BackupPlanChanged e) {
        reports.changed(e.caseId(), "バックアップ計画");
    }

    @EventListener
    void on(HospitalChecklistAnswered e) {
        access.currentCaseOfHospital(e.hospitalCode()).ifPresent(c -> reports.changed(c.id(), "病院のチェックリストの回答"));
    }

    @EventListener
    void on(ChecklistAnswered e) {
        if (e.respondent() == Respondent.CONTRACTOR) {
            access.currentCaseOfHospital(e.hospitalCode()).ifPresent(c -> reports.changed(c.id(), "事業者のチェックリストの回答"));
        }
    }
}
