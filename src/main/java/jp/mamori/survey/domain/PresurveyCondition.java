package jp.mamori.survey.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * PRESURVEY completes itself when the hospital has handed in both diagrams and a complete questionnaire
 * (survey.md; the checklist issue adds the hospital's own checklist). What is still missing, in plain Japanese,
 * for the hospital's page and for a refusal.
 */
public final class PresurveyCondition {

    private PresurveyCondition() {
    }

    public static List<String> missing(boolean networkDiagram, boolean systemDiagram, List<String> questionnaireMissing) {
        List<String> missing = new ArrayList<>();
        if (!networkDiagram) {
            missing.add("ネットワーク構成図をアップロードしてください。");
        }
        if (!systemDiagram) {
            missing.add("システム構成図をアップロードしてください。");
        }
        if (!questionnaireMissing.isEmpty()) {
            missing.add("事前質問票の未回答の質問（" + questionnaireMissing.size() + "問）に回答してください。");
        }
        return missing;
    }
}
