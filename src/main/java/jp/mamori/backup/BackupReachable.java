package jp.mamori.backup;

import jp.mamori.backup.domain.BackupReachableRule;
import jp.mamori.inventory.FindingSuggestions;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.QuestionnaireAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises BACKUP_REACHABLE from the questionnaire as it is answered, in the answer's transaction; an answer that no
 * longer says いいえ withdraws a suggestion nobody has looked at yet (FindingSuggestions keeps confirmed ones).
 */
@Component
class BackupReachable {

    private final CaseAccess access;
    private final FindingSuggestions suggestions;

    BackupReachable(CaseAccess access, FindingSuggestions suggestions) {
        this.access = access;
        this.suggestions = suggestions;
    }

    @EventListener
    void on(QuestionnaireAnswered e) {
        suggestions.raise(e.caseId(), BackupReachableRule.ID, BackupReachableRule.apply(access.answers(e.caseId())));
    }
}
