package jp.mamori.checklist;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.checklist.domain.ChecklistMismatchRule;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.inventory.FindingSuggestions;
import jp.mamori.inventory.domain.Suggestion;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import org.springframework.stereotype.Component;

/**
 * Re-runs CHECKLIST_MISMATCH for a hospital on every change of its or its contractor's answers, into its current
 * case while that case runs. Every edition is compared in one go, because raising a rule's suggestions withdraws
 * those of the rule no longer among them.
 */
@Component
class ChecklistMismatch {

    private final ChecklistEditions editions;
    private final ChecklistAnswerStore store;
    private final CaseAccess cases;
    private final FindingSuggestions findings;

    ChecklistMismatch(ChecklistEditions editions, ChecklistAnswerStore store, CaseAccess cases, FindingSuggestions findings) {
        this.editions = editions;
        this.store = store;
        this.cases = cases;
        this.findings = findings;
    }

    void refresh(String hospitalCode) {
        CaseRef c = cases.currentCaseOfHospital(hospitalCode).orElse(null);
        if (c == null || c.withdrawn() || c.delivered()) {
            return;
        }
        List<Suggestion> all = new ArrayList<>();
        for (Edition e : editions.all()) {
            all.addAll(ChecklistMismatchRule.apply(e, store.answers(hospitalCode, e.id(), Respondent.HOSPITAL),
                    store.answers(hospitalCode, e.id(), Respondent.CONTRACTOR)));
        }
        findings.raise(c.id(), ChecklistMismatchRule.ID, all);
    }
}
