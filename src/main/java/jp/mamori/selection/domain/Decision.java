package jp.mamori.selection.domain;

import java.util.List;
import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The current decision on one nomination, with the one-line explanation a prefecture officer
 * reads (selection.md, api.md "Selection").
 *
 * @param rank             the rank the decision was made at (a SELECTED or WITHDRAWN decision
 *                         keeps it even when a re-submission ranks the hospital differently)
 * @param slot             null unless SELECTED or WITHDRAWN (a withdrawn decision keeps the slot it gave up)
 * @param origin           null unless SELECTED or WITHDRAWN (likewise)
 * @param band             the hospital's band id; null when unbanded or when no band contains its beds
 * @param waitlistPosition 1-based within the prefecture by rank; null unless WAITLISTED
 * @param reasons          every failing eligibility reason, in {@link ReasonCode} order; empty when eligible
 * @param withdrawalReason the reason given on withdrawal; null unless WITHDRAWN
 * @param replaces         for origin REPLACEMENT, the withdrawn hospital whose slot it took
 */
public record Decision(
        HospitalCode hospitalCode,
        PrefectureCode prefectureCode,
        int rank,
        DecisionStatus status,
        Slot slot,
        Origin origin,
        String band,
        Integer waitlistPosition,
        List<ReasonCode> reasons,
        String explanationJa,
        String explanationEn,
        String withdrawalReason,
        HospitalCode replaces) implements java.io.Serializable {

    public Decision {
        Objects.requireNonNull(hospitalCode, "hospitalCode");
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        if ((status == DecisionStatus.WAITLISTED) != (waitlistPosition != null)) {
            throw new IllegalArgumentException("a waitlist position belongs to a WAITLISTED decision only");
        }
        if ((status == DecisionStatus.INELIGIBLE) != !reasons.isEmpty()) {
            throw new IllegalArgumentException("an INELIGIBLE decision, and only it, has reasons");
        }
        if (status == DecisionStatus.SELECTED && (slot == null || origin == null)) {
            throw new IllegalArgumentException("a selection has a slot and an origin");
        }
    }

    public boolean isActiveSelection() {
        return status == DecisionStatus.SELECTED;
    }

    public boolean isActivePrefectureSlot() {
        return status == DecisionStatus.SELECTED && slot == Slot.PREFECTURE;
    }

    Decision withExplanation(Explanation e) {
        return new Decision(hospitalCode, prefectureCode, rank, status, slot, origin, band, waitlistPosition,
                reasons, e.ja(), e.en(), withdrawalReason, replaces);
    }
}
