package jp.mamori.checklist.domain;

import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.Viewer;

/**
 * Who reads and writes which respondent's answers (survey.md, "Who sees what"; api-survey.md, Checklists). The
 * hospital's and the contractor's answers are confidential survey data: the hospital, its assigned contractor, the
 * prefecture only with consent. The prefecture's inspection answers are its own: it and its hospitals. The ministry
 * and the auditor see figures only. "The case" is the hospital's current one (its latest not withdrawn), or null.
 */
public final class ChecklistAccessPolicy {

    private ChecklistAccessPolicy() {
    }

    public static boolean canRead(Viewer v, Respondent r, String hospitalCode, String hospitalPrefecture, CaseScope current) {
        return switch (v.role()) {
            case "HOSPITAL" -> hospitalCode.equals(v.hospitalCode());
            case "PREFECTURE" -> r == Respondent.PREFECTURE ? hospitalPrefecture.equals(v.prefectureCode())
                    : current != null && CaseAccessPolicy.canReadConfidential(v, current);
            case "CONTRACTOR" -> current != null && CaseAccessPolicy.canWriteSurvey(v, current);
            default -> false;
        };
    }

    /** Each respondent writes its own answers; the contractor's also wait for the memorandum (the service's check). */
    public static boolean canWrite(Viewer v, Respondent r, String hospitalCode, String hospitalPrefecture, CaseScope current) {
        return switch (r) {
            case HOSPITAL -> "HOSPITAL".equals(v.role()) && hospitalCode.equals(v.hospitalCode());
            case PREFECTURE -> "PREFECTURE".equals(v.role()) && hospitalPrefecture.equals(v.prefectureCode());
            case CONTRACTOR -> "CONTRACTOR".equals(v.role()) && current != null && CaseAccessPolicy.canWriteSurvey(v, current);
        };
    }
}
