package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.findingsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import jp.mamori.inventory.domain.Suggestion;
import jp.mamori.inventory.domain.UnknownBeforeSurveyRule;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** architecture.md: the rules run again when the questionnaire is answered, not only when the inventory changes. */
@IntegrationTest
class RulesRerunTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    FindingSuggestions suggestions;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void answeringTheQuestionnaireRunsTheRulesAgainAndASuggestionWithoutCauseIsWithdrawn() {
        SurveyFixture.Parties p = fixture.create();
        fixture.signMemorandum(p);
        // a suggestion the current data does not support, as if an earlier inventory had raised it
        Suggestion orphan = Suggestion.of(UnknownBeforeSurveyRule.ID, null, Severity.MEDIUM, "t", "d", "r", "ref",
                Map.of("knownBefore", false));
        int raised = AsUser.admin(() -> new TransactionTemplate(transactions)
                .execute(s -> suggestions.raise(p.caseId(), UnknownBeforeSurveyRule.ID, List.of(orphan))));
        assertThat(raised).isEqualTo(1);
        assertThat(findingsOf(api, p.subA(), p.caseId())).hasSize(1);
        int again = AsUser.admin(() -> new TransactionTemplate(transactions)
                .execute(s -> suggestions.raise(p.caseId(), UnknownBeforeSurveyRule.ID, List.of(orphan))));
        assertThat(again).isZero();

        Api.Response answered = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire",
                Map.of("answers", Map.of("staff.it", 2)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(findingsOf(api, p.subA(), p.caseId())).isEmpty();
    }
}
