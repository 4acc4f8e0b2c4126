package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules of the steps table (survey.md), one test each. */
class CaseStepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final StepChange CONTRACTOR = StepChange.byContractor(TODAY);

    static CaseSteps doneUpTo(CaseStep last, LocalDate from) {
        CaseSteps steps = CaseSteps.none();
        LocalDate d = from;
        for (CaseStep s : CaseStep.values()) {
            steps = steps.done(s, d, CONTRACTOR);
            if (s == last) {
                return steps;
            }
            d = d.plusDays(1);
        }
        return steps;
    }

    static StepRefusal refusal(Runnable change) {
        try {
            change.run();
        } catch (StepRefusal r) {
            return r;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aNewCaseWaitsForItsAssignment() {
        assertThat(CaseSteps.none().state(false)).isEqualTo(CaseState.ASSIGNMENT);
    }

    @Test
    void theStateIsTheFirstStepNotYetDone() {
        assertThat(doneUpTo(CaseStep.MEMORANDUM, TODAY.minusDays(10)).state(false)).isEqualTo(CaseState.PRESURVEY);
        assertThat(doneUpTo(CaseStep.ONSITE, TODAY.minusDays(10)).state(false)).isEqualTo(CaseState.REPORT);
    }

    @Test
    void everyStepDoneIsDelivered() {
        assertThat(doneUpTo(CaseStep.DELIVERY, TODAY.minusDays(10)).state(false)).isEqualTo(CaseState.DELIVERED);
    }

    @Test
    void aWithdrawnCaseIsWithdrawnWhateverItsSteps() {
        assertThat(doneUpTo(CaseStep.HEARING, TODAY.minusDays(10)).state(true)).isEqualTo(CaseState.WITHDRAWN);
    }

    @Test
    void aStepCannotBeDoneBeforeThePreviousStep() {
        StepRefusal r = refusal(() -> CaseSteps.none().done(CaseStep.HEARING, TODAY, CONTRACTOR));
        assertThat(r.code()).isEqualTo("STEP_ORDER");
        assertThat(r.kind()).isEqualTo(StepRefusal.Kind.CONFLICT);
        assertThat(r.getMessage()).contains("担当の割当て");
    }

    @Test
    void aRefusalNamesTheFirstMissingStep() {
        CaseSteps steps = doneUpTo(CaseStep.MEMORANDUM, TODAY.minusDays(5));
        assertThat(refusal(() -> steps.done(CaseStep.ONSITE, TODAY, CONTRACTOR)).getMessage())
                .contains("事前調査資料の提出");
    }

    @Test
    void aDoneDateInTheFutureIsRefused() {
        StepRefusal r = refusal(() -> CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.plusDays(1), CONTRACTOR));
        assertThat(r.code()).isEqualTo("INVALID_VALUE");
        assertThat(r.kind()).isEqualTo(StepRefusal.Kind.INVALID);
    }

    @Test
    void todayIsNotTheFuture() {
        assertThat(CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY, CONTRACTOR).isDone(CaseStep.ASSIGNMENT)).isTrue();
    }

    @Test
    void aDoneDateBeforeThePreviousStepIsRefused() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR);
        StepRefusal r = refusal(() -> steps.done(CaseStep.MEMORANDUM, TODAY.minusDays(4), CONTRACTOR));
        assertThat(r.code()).isEqualTo("INVALID_VALUE");
        assertThat(r.getMessage()).contains(TODAY.minusDays(3).toString());
    }

    @Test
    void theSameDayAsThePreviousStepIsAccepted() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR)
                .done(CaseStep.MEMORANDUM, TODAY.minusDays(3), CONTRACTOR);
        assertThat(steps.state(false)).isEqualTo(CaseState.PRESURVEY);
    }

    @Test
    void aStepWhoseConditionsAreNotMetIsIncomplete() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY, CONTRACTOR);
        StepRefusal r = refusal(() -> steps.done(CaseStep.MEMORANDUM, TODAY,
                CONTRACTOR.missing("署名済みの覚書をアップロードしてください。")));
        assertThat(r.code()).isEqualTo("STEP_INCOMPLETE");
        assertThat(r.getMessage()).contains("覚書をアップロード");
    }

    @Test
    void orderIsCheckedBeforeConditionsAndConditionsBeforeTheDate() {
        StepRefusal order = refusal(() -> CaseSteps.none().done(CaseStep.MEMORANDUM, TODAY.plusDays(9),
                CONTRACTOR.missing("x")));
        assertThat(order.code()).isEqualTo("STEP_ORDER");
        CaseSteps assigned = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY, CONTRACTOR);
        StepRefusal incomplete = refusal(() -> assigned.done(CaseStep.MEMORANDUM, TODAY.plusDays(9),
                CONTRACTOR.missing("x")));
        assertThat(incomplete.code()).isEqualTo("STEP_INCOMPLETE");
    }

    @Test
    void aWithdrawnCaseRefusesEveryChangeFirst() {
        StepRefusal r = refusal(() -> CaseSteps.none().done(CaseStep.HEARING, TODAY.plusDays(5),
                CONTRACTOR.onWithdrawnCase()));
        assertThat(r.code()).isEqualTo("CASE_WITHDRAWN");
        assertThat(refusal(() -> CaseSteps.none().plan(CaseStep.HEARING, TODAY, true)).code()).isEqualTo("CASE_WITHDRAWN");
    }

    @Test
    void aDoneDateOnceSetIsCorrectedOnlyByAManagerOrTheMinistry() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR);
        StepRefusal r = refusal(() -> steps.done(CaseStep.ASSIGNMENT, TODAY.minusDays(2), CONTRACTOR));
        assertThat(r.code()).isEqualTo("CORRECTION_NOT_ALLOWED");
        assertThat(r.kind()).isEqualTo(StepRefusal.Kind.FORBIDDEN);
    }

    @Test
    void aCorrectionNeedsAReason() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR);
        StepRefusal r = refusal(() -> steps.done(CaseStep.ASSIGNMENT, TODAY.minusDays(2), CONTRACTOR.correctedBy(" ")));
        assertThat(r.code()).isEqualTo("REASON_REQUIRED");
        assertThat(r.kind()).isEqualTo(StepRefusal.Kind.INVALID);
        CaseSteps corrected = steps.done(CaseStep.ASSIGNMENT, TODAY.minusDays(2), CONTRACTOR.correctedBy("入力誤り"));
        assertThat(corrected.get(CaseStep.ASSIGNMENT).doneOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void recordingTheSameDoneDateAgainIsNoCorrection() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR);
        assertThat(steps.done(CaseStep.ASSIGNMENT, TODAY.minusDays(3), CONTRACTOR)).isEqualTo(steps);
    }

    @Test
    void aCorrectionMayNotPassTheNextStepsDoneDate() {
        CaseSteps steps = doneUpTo(CaseStep.MEMORANDUM, TODAY.minusDays(5));
        StepRefusal r = refusal(() -> steps.done(CaseStep.ASSIGNMENT, TODAY, CONTRACTOR.correctedBy("訂正")));
        assertThat(r.code()).isEqualTo("INVALID_VALUE");
    }

    @Test
    void aDoneDateIsClearedOnlyFromTheLastDoneStep() {
        CaseSteps steps = doneUpTo(CaseStep.MEMORANDUM, TODAY.minusDays(5));
        assertThat(refusal(() -> steps.done(CaseStep.ASSIGNMENT, null, CONTRACTOR.correctedBy("訂正"))).code())
                .isEqualTo("STEP_ORDER");
        CaseSteps cleared = steps.done(CaseStep.MEMORANDUM, null, CONTRACTOR.correctedBy("覚書の差し替え"));
        assertThat(cleared.state(false)).isEqualTo(CaseState.MEMORANDUM);
    }

    @Test
    void clearingADoneDateIsACorrection() {
        CaseSteps steps = CaseSteps.none().done(CaseStep.ASSIGNMENT, TODAY, CONTRACTOR);
        assertThat(refusal(() -> steps.done(CaseStep.ASSIGNMENT, null, CONTRACTOR)).code())
                .isEqualTo("CORRECTION_NOT_ALLOWED");
    }

    @Test
    void plannedDatesMayBeSetForAnyStepAtAnyTime() {
        CaseSteps steps = CaseSteps.none().plan(CaseStep.ONSITE, TODAY.plusDays(40), false)
                .plan(CaseStep.HEARING, TODAY.minusDays(400), false);
        assertThat(steps.get(CaseStep.ONSITE).plannedOn()).isEqualTo(TODAY.plusDays(40));
        assertThat(steps.state(false)).isEqualTo(CaseState.ASSIGNMENT);
        assertThat(steps.plan(CaseStep.ONSITE, null, false).get(CaseStep.ONSITE).plannedOn()).isNull();
    }

    @Test
    void aRefusedChangeLeavesTheStepsAsTheyWere() {
        CaseSteps steps = doneUpTo(CaseStep.ASSIGNMENT, TODAY.minusDays(2));
        CaseSteps before = CaseSteps.of(steps.asMap());
        assertThatThrownBy(() -> steps.done(CaseStep.MEMORANDUM, TODAY.plusDays(1), CONTRACTOR)).isInstanceOf(StepRefusal.class);
        assertThat(steps).isEqualTo(before);
    }
}
