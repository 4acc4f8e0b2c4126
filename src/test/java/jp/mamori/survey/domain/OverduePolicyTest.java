package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OverduePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final StepChange CONTRACTOR = StepChange.byContractor(TODAY);

    @Test
    void aStepIsOverdueTheDayAfterItsTarget() {
        CaseSteps assigned = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(14), CONTRACTOR);
        assertThat(OverduePolicy.overdue(assigned, SurveyTargets.DEFAULT, null, false, TODAY)).isEmpty();
        CaseSteps earlier = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(15), CONTRACTOR);
        assertThat(OverduePolicy.overdue(earlier, SurveyTargets.DEFAULT, null, false, TODAY))
                .containsExactly(CaseStep.MEMORANDUM);
    }

    @Test
    void aPassedPlannedDateMakesAStepOverdueEvenWithoutATarget() {
        CaseSteps steps = CaseSteps.none().plan(CaseStep.HEARING, TODAY.minusDays(1), false);
        assertThat(OverduePolicy.overdue(steps, SurveyTargets.DEFAULT, null, false, TODAY)).containsExactly(CaseStep.HEARING);
    }

    @Test
    void theEarlierOfPlannedDateAndTargetCounts() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(2), CONTRACTOR)
                .plan(CaseStep.MEMORANDUM, TODAY.minusDays(1), false);
        assertThat(OverduePolicy.due(steps, SurveyTargets.DEFAULT, null, CaseStep.MEMORANDUM)).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void theOnsiteDeadlineBindsARenewingHospitalWhateverItsTargets() {
        LocalDate deadline = LocalDate.of(2026, 1, 31);
        assertThat(OverduePolicy.overdue(CaseSteps.none(), SurveyTargets.DEFAULT, deadline, false, LocalDate.of(2026, 2, 1)))
                .containsExactly(CaseStep.ONSITE);
        assertThat(OverduePolicy.overdue(CaseSteps.none(), SurveyTargets.DEFAULT, deadline, false, deadline)).isEmpty();
    }

    @Test
    void aDoneStepIsNeverOverdue() {
        CaseSteps steps = CaseSteps.none().plan(CaseStep.ASSIGNMENT, TODAY.minusDays(30), false)
                .done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR);
        assertThat(OverduePolicy.overdue(steps, SurveyTargets.DEFAULT, null, false, TODAY)).isEmpty();
    }

    @Test
    void aWithdrawnCaseIsNeverOverdue() {
        CaseSteps steps = CaseSteps.none().plan(CaseStep.HEARING, TODAY.minusDays(10), false);
        assertThat(OverduePolicy.overdue(steps, SurveyTargets.DEFAULT, null, true, TODAY)).isEmpty();
    }

    @Test
    void aProgramsOwnTargetsReplaceTheDefaults() {
        SurveyTargets targets = SurveyTargets.withDefaults(Map.of(CaseStep.MEMORANDUM, 3));
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(4), CONTRACTOR);
        assertThat(OverduePolicy.overdue(steps, targets, null, false, TODAY)).containsExactly(CaseStep.MEMORANDUM);
        assertThat(targets.daysFor(CaseStep.HEARING)).isEqualTo(21);
    }
}
