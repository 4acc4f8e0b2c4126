package jp.mamori.survey;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jp.mamori.survey.domain.CaseState;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.CaseSteps;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** One selected hospital's survey in one program, as stored; its state is always derived from the steps. */
public record SurveyCase(long id, String programId, HospitalCode hospital, PrefectureCode prefecture, String organizationId,
                         String leadUsername, Instant withdrawnAt, boolean sharedWithPrefecture, int version,
                         Instant createdAt, Map<CaseStep, StepRow> stepRows) {

    public SurveyCase {
        EnumMap<CaseStep, StepRow> all = new EnumMap<>(CaseStep.class);
        for (CaseStep s : CaseStep.values()) {
            all.put(s, stepRows == null ? StepRow.empty(s) : stepRows.getOrDefault(s, StepRow.empty(s)));
        }
        stepRows = java.util.Collections.unmodifiableMap(all);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public CaseSteps steps() {
        Map<CaseStep, jp.mamori.survey.domain.StepDates> dates = new EnumMap<>(CaseStep.class);
        stepRows.forEach((s, r) -> dates.put(s, r.dates()));
        return CaseSteps.of(dates);
    }

    public CaseState state() {
        return steps().state(withdrawn());
    }

    public StepRow row(CaseStep step) {
        return stepRows.get(step);
    }
}
