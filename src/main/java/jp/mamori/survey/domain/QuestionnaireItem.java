package jp.mamori.survey.domain;

import java.util.List;

/** One question of an edition; its id is stable across editions because rules read it (survey.md). */
public record QuestionnaireItem(String id, String text, ItemType type, List<String> choices, boolean required) {

    public QuestionnaireItem {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
