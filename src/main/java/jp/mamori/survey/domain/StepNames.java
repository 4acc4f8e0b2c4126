package jp.mamori.survey.domain;

import java.util.EnumMap;
import java.util.Map;

/** The steps as users read them in refusals and mail (the pages use the message bundle). */
public final class StepNames {

    private static final Map<CaseStep, String> JA = new EnumMap<>(CaseStep.class);

    static {
        JA.put(CaseStep.ASSIGNMENT, "担当の割当て");
        JA.put(CaseStep.MEMORANDUM, "覚書の締結");
        JA.put(CaseStep.PRESURVEY, "事前調査資料の提出");
        JA.put(CaseStep.HEARING, "ヒアリング");
        JA.put(CaseStep.ONSITE, "現地調査");
        JA.put(CaseStep.REPORT, "報告書の承認");
        JA.put(CaseStep.DELIVERY, "報告書の納品");
    }

    private StepNames() {
    }

    public static String ja(CaseStep step) {
        return JA.get(step);
    }
}
