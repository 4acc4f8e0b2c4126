package jp.mamori.survey.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * PRESURVEY completes itself when the hospital has handed in both diagrams, a complete questionnaire and its own
 * checklist of the program's fiscal year (survey.md). What is still missing, in plain Japanese, for the hospital's
 * page and for a refusal.
 */
public final class PresurveyCondition {

    private PresurveyCondition() {
    }

    public static List<String> missing(boolean networkDiagram, boolean systemDiagram, List<String> questionnaireMissing,
                                       boolean hospitalChecklistComplete) {
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
        if (!hospitalChecklistComplete) {
            missing.add("病院のサイバーセキュリティ対策チェックリスト（自己点検）にすべて回答してください。");
        }
        return missing;
    }
}
