package jp.mamori.checklist;

import jp.mamori.checklist.domain.ChecklistCompleteness;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.survey.HospitalChecklistStatus;
import org.springframework.stereotype.Component;

/**
 * PRESURVEY's question to the checklist: is the hospital's own checklist of the edition in force complete? Judged
 * against the edition as it is now, so a corrected edition with a new item asks for it. A fiscal year before any
 * edition has nothing to answer.
 */
@Component
class ChecklistCompletion implements HospitalChecklistStatus {

    private final ChecklistEditions editions;
    private final ChecklistAnswerStore store;

    ChecklistCompletion(ChecklistEditions editions, ChecklistAnswerStore store) {
        this.editions = editions;
        this.store = store;
    }

    @Override
    public boolean hospitalChecklistComplete(String hospitalCode, int fiscalYear) {
        return editions.inForce(EditionKind.CHECKLIST, fiscalYear)
                .map(e -> ChecklistCompleteness.complete(e, store.answers(hospitalCode, e.id(), Respondent.HOSPITAL)))
                .orElse(true);
    }
}
