package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.Fixtures.EMR_DEADLINE;
import static jp.mamori.selection.domain.Fixtures.ONSITE_DEADLINE;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.fy2024;
import static jp.mamori.selection.domain.Fixtures.fy2025;
import static jp.mamori.selection.domain.ReasonCode.BACKUP_ONLY;
import static jp.mamori.selection.domain.ReasonCode.BEDS_UNDER_20;
import static jp.mamori.selection.domain.ReasonCode.COMPLETED_PREVIOUS_YEAR;
import static jp.mamori.selection.domain.ReasonCode.EMR_PLANNED_TOO_LATE;
import static jp.mamori.selection.domain.ReasonCode.NO_CONSENT;
import static jp.mamori.selection.domain.ReasonCode.NO_EMR;
import static jp.mamori.selection.domain.ReasonCode.ONSITE_AFTER_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

class EligibilityPolicyTest {

    private final SelectionRules fy2025 = fy2025().build();
    private final SelectionRules fy2024 = fy2024().build();

    private static Candidate.Builder c() {
        return candidate(TOKYO, 1, 1);
    }

    @Test
    void aHospitalPassingEveryRuleHasNoReasonInEitherRuleSet() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2024, c().build())).isEmpty();
    }

    @Test
    void recordsEveryFailingReasonNotJustTheFirst() {
        Candidate bad = c().consent(false).beds(15).emr(EmrStatus.PLANNED).renewalPlanned(true)
                .onsiteExpectedBy(ONSITE_DEADLINE.plusDays(1)).previousYear(PreviousYearParticipation.COMPLETED)
                .support(SupportWanted.BACKUP_ONLY).build();

        assertThat(EligibilityPolicy.reasons(fy2025, bad)).containsExactly(
                NO_CONSENT, BEDS_UNDER_20, NO_EMR, ONSITE_AFTER_DEADLINE, COMPLETED_PREVIOUS_YEAR, BACKUP_ONLY);
        assertThat(EligibilityPolicy.reasons(fy2024, bad)).containsExactly(
                NO_CONSENT, BEDS_UNDER_20, EMR_PLANNED_TOO_LATE);
    }

    @Test
    void noConsentFailsInBothRuleSets() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().consent(false).build())).containsExactly(NO_CONSENT);
        assertThat(EligibilityPolicy.reasons(fy2024, c().consent(false).build())).containsExactly(NO_CONSENT);
    }

    @Test
    void bedsUnder20FailWhileTwentyPass() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().beds(19).build())).containsExactly(BEDS_UNDER_20);
        assertThat(EligibilityPolicy.reasons(fy2025, c().beds(20).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2024, c().beds(19).build())).containsExactly(BEDS_UNDER_20);
    }

    @Test
    void nullBedsCountAsZeroAndRegistryBedsFillABlankNomination() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().beds(null).build())).containsExactly(BEDS_UNDER_20);
        assertThat(EligibilityPolicy.reasons(fy2025, c().beds(null).registryBeds(300).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2025, c().beds(10).registryBeds(300).build()))
                .as("the nomination's beds win over the registry's").containsExactly(BEDS_UNDER_20);
    }

    @Test
    void noEmrFailsInBothRuleSetsAndPartialUseCounts() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().emr(EmrStatus.NONE).build())).containsExactly(NO_EMR);
        assertThat(EligibilityPolicy.reasons(fy2024, c().emr(EmrStatus.NONE).build())).containsExactly(NO_EMR);
        assertThat(EligibilityPolicy.reasons(fy2025, c().emr(EmrStatus.PARTIAL).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2024, c().emr(EmrStatus.PARTIAL).build())).isEmpty();
    }

    @Test
    void fy2025CountsAPlannedEmrAsNoEmrWhateverItsDate() {
        Candidate planned = c().emr(EmrStatus.PLANNED).emrPlannedDate(EMR_DEADLINE.minusMonths(6)).build();
        assertThat(EligibilityPolicy.reasons(fy2025, planned)).containsExactly(NO_EMR);
    }

    @Test
    void fy2024AcceptsAPlannedEmrUpToTheDeadline() {
        assertThat(EligibilityPolicy.reasons(fy2024, c().emr(EmrStatus.PLANNED).emrPlannedDate(EMR_DEADLINE).build()))
                .isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2024,
                c().emr(EmrStatus.PLANNED).emrPlannedDate(EMR_DEADLINE.plusDays(1)).build()))
                .containsExactly(EMR_PLANNED_TOO_LATE);
    }

    @Test
    void fy2024PlannedEmrWithoutADateIsTooLate() {
        assertThat(EligibilityPolicy.reasons(fy2024, c().emr(EmrStatus.PLANNED).build()))
                .containsExactly(EMR_PLANNED_TOO_LATE);
    }

    @Test
    void fy2024WithoutAnEmrDeadlineOnlyAMissingPlannedDateFails() {
        SelectionRules noDeadline = fy2024().emrDeadline(null).build();
        assertThat(EligibilityPolicy.reasons(noDeadline,
                c().emr(EmrStatus.PLANNED).emrPlannedDate(EMR_DEADLINE.plusYears(3)).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(noDeadline, c().emr(EmrStatus.PLANNED).build()))
                .containsExactly(EMR_PLANNED_TOO_LATE);
    }

    @Test
    void onsiteDeadlineMattersOnlyWhenARenewalIsPlanned() {
        assertThat(EligibilityPolicy.reasons(fy2025,
                c().renewalPlanned(false).onsiteExpectedBy(ONSITE_DEADLINE.plusMonths(3)).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2025,
                c().renewalPlanned(true).onsiteExpectedBy(ONSITE_DEADLINE).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2025,
                c().renewalPlanned(true).onsiteExpectedBy(ONSITE_DEADLINE.plusDays(1)).build()))
                .containsExactly(ONSITE_AFTER_DEADLINE);
    }

    @Test
    void renewalPlannedWithoutAnExpectedOnsiteDateFails() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().renewalPlanned(true).build()))
                .containsExactly(ONSITE_AFTER_DEADLINE);
    }

    @Test
    void completedPreviousYearByOurOwnRecordOrByTheForm() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().completedInPreviousProgram(true).build()))
                .containsExactly(COMPLETED_PREVIOUS_YEAR);
        assertThat(EligibilityPolicy.reasons(fy2025, c().previousYear(PreviousYearParticipation.COMPLETED).build()))
                .containsExactly(COMPLETED_PREVIOUS_YEAR);
    }

    @ParameterizedTest
    @EnumSource(value = PreviousYearParticipation.class, names = {"WITHDREW", "WITHDREW_AFTER_PRESURVEY", "NONE"})
    void aHospitalThatWithdrewEarlierMayApplyAgain(PreviousYearParticipation previous) {
        assertThat(EligibilityPolicy.reasons(fy2025, c().previousYear(previous).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2024, c().previousYear(previous).build())).isEmpty();
    }

    @Test
    void backupOnlyFailsInFy2025WhileConnectionOnlyPasses() {
        assertThat(EligibilityPolicy.reasons(fy2025, c().support(SupportWanted.BACKUP_ONLY).build()))
                .containsExactly(BACKUP_ONLY);
        assertThat(EligibilityPolicy.reasons(fy2025, c().support(SupportWanted.CONNECTION_ONLY).build())).isEmpty();
    }

    @Test
    void fy2024IgnoresTheRulesOnlyFy2025Has() {
        Candidate c = c().renewalPlanned(true).completedInPreviousProgram(true)
                .support(SupportWanted.BACKUP_ONLY).build();
        assertThat(EligibilityPolicy.reasons(fy2024, c)).isEmpty();
        assertThat(EligibilityPolicy.reasons(fy2025, c))
                .containsExactly(ONSITE_AFTER_DEADLINE, COMPLETED_PREVIOUS_YEAR, BACKUP_ONLY);
    }

    @Test
    void fy2025WithoutAnOnsiteDeadlineOnlyAMissingDateFails() {
        SelectionRules noDeadline = fy2025().onsiteCompletionDeadline(null).build();
        assertThat(EligibilityPolicy.reasons(noDeadline,
                c().renewalPlanned(true).onsiteExpectedBy(ONSITE_DEADLINE.plusYears(1)).build())).isEmpty();
        assertThat(EligibilityPolicy.reasons(noDeadline, c().renewalPlanned(true).build()))
                .containsExactly(ONSITE_AFTER_DEADLINE);
    }
}
