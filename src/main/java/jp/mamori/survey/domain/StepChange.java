package jp.mamori.survey.domain;

import java.time.LocalDate;

/**
 * Everything the step rules need to judge one done-date change, gathered by the caller:
 * today in Japan, whether the case is withdrawn, what the step's own conditions still miss
 * (null when met), whether the actor may correct a done date (the lead's manager or the ministry), and why.
 */
public record StepChange(LocalDate today, boolean withdrawn, String missingCondition, boolean mayCorrect, String reason) {

    public static StepChange byContractor(LocalDate today) {
        return new StepChange(today, false, null, false, null);
    }

    public StepChange missing(String condition) {
        return new StepChange(today, withdrawn, condition, mayCorrect, reason);
    }

    public StepChange correctedBy(String why) {
        return new StepChange(today, withdrawn, missingCondition, true, why);
    }

    public StepChange onWithdrawnCaseIf(boolean withdrawn) {
        return withdrawn ? onWithdrawnCase() : this;
    }

    public StepChange onWithdrawnCase() {
        return new StepChange(today, true, missingCondition, mayCorrect, reason);
    }
}
