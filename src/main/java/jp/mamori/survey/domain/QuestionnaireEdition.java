package jp.mamori.survey.domain;

import java.util.List;
import java.util.Optional;

/** A fiscal year's pre-survey questionnaire (事前質問票), versioned data like the checklists. */
public record QuestionnaireEdition(String id, int fiscalYear, String title, List<QuestionnaireItem> items) {

    public QuestionnaireEdition {
        items = List.copyOf(items);
    }

    public Optional<QuestionnaireItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
