package jp.mamori.selection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.SupportWanted;

/**
 * selection.md §1: every failing reason of the rule set, not just the first. Having withdrawn
 * in an earlier year is no reason, so previous participation matters only when it was completed.
 */
public final class EligibilityPolicy {

    public static final int MIN_BEDS = 20;

    private EligibilityPolicy() {
    }

    /** Empty = eligible. In {@link ReasonCode} order. */
    public static List<ReasonCode> reasons(SelectionRules rules, Candidate c) {
        List<ReasonCode> reasons = new ArrayList<>();
        if (!c.consent()) {
            reasons.add(ReasonCode.NO_CONSENT);
        }
        if (c.bedsForRules() < MIN_BEDS) {
            reasons.add(ReasonCode.BEDS_UNDER_20);
        }
        switch (rules.ruleSet()) {
            case FY2024 -> {
                if (c.emr() == EmrStatus.NONE) {
                    reasons.add(ReasonCode.NO_EMR);
                }
                if (c.emr() == EmrStatus.PLANNED && missingOrAfter(c.emrPlannedDate(), rules.emrDeadline())) {
                    reasons.add(ReasonCode.EMR_PLANNED_TOO_LATE);
                }
            }
            case FY2025 -> {
                if (!c.emr().inUse()) {
                    reasons.add(ReasonCode.NO_EMR);
                }
                if (c.renewalPlanned() && missingOrAfter(c.onsiteExpectedBy(), rules.onsiteCompletionDeadline())) {
                    reasons.add(ReasonCode.ONSITE_AFTER_DEADLINE);
                }
                if (c.completedPreviousYear()) {
                    reasons.add(ReasonCode.COMPLETED_PREVIOUS_YEAR);
                }
                if (c.support() == SupportWanted.BACKUP_ONLY) {
                    reasons.add(ReasonCode.BACKUP_ONLY);
                }
            }
        }
        return List.copyOf(reasons);
    }

    public static boolean eligible(SelectionRules rules, Candidate c) {
        return reasons(rules, c).isEmpty();
    }

    /** Without a deadline only a missing date fails: there is nothing to be late for. */
    static boolean missingOrAfter(LocalDate date, LocalDate deadline) {
        return date == null || (deadline != null && date.isAfter(deadline));
    }
}
