package jp.mamori.survey.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Days after the previous step's done date by which each step should be done, set per program
 * (api-survey.md `surveyTargets`; these defaults when absent). ASSIGNMENT has none: it starts the case.
 */
public record SurveyTargets(Map<CaseStep, Integer> days) {

    public static final SurveyTargets DEFAULT = new SurveyTargets(Map.of(
            CaseStep.MEMORANDUM, 14, CaseStep.PRESURVEY, 30, CaseStep.HEARING, 21,
            CaseStep.ONSITE, 30, CaseStep.REPORT, 30, CaseStep.DELIVERY, 14));

    public SurveyTargets {
        days = days == null ? Map.of() : Map.copyOf(days);
    }

    /** These targets, with the defaults for every step not given. */
    public static SurveyTargets withDefaults(Map<CaseStep, Integer> given) {
        EnumMap<CaseStep, Integer> all = new EnumMap<>(CaseStep.class);
        all.putAll(DEFAULT.days());
        if (given != null) {
            given.forEach((step, d) -> {
                if (step != CaseStep.ASSIGNMENT && d != null) {
                    all.put(step, d);
                }
            });
        }
        return new SurveyTargets(all);
    }

    public Integer daysFor(CaseStep step) {
        return days.get(step);
    }
}
