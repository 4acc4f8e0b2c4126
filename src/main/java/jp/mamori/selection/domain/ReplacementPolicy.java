package jp.mamori.selection.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * selection.md §5, withdrawal: the withdrawn hospital's slot goes to the best-ranked waitlisted
 * nomination of the same prefecture, in the same slot kind. Bands bind only a PREFECTURE slot
 * of a banded program without spill; a NATIONAL slot ignores bands as the national fill does.
 * Nobody suitable waiting: the slot stays open.
 */
public final class ReplacementPolicy {

    private ReplacementPolicy() {
    }

    /**
     * @param withdrawn    the withdrawn nomination, still showing the slot it held
     * @param nominations  the prefecture's nominations after the withdrawal
     * @param capacityLeft C minus the active selections after the withdrawal
     */
    public static Optional<Pick> replacementFor(SelectionRules rules, Nomination withdrawn,
                                                Collection<Nomination> nominations, int capacityLeft) {
        Slot slot = withdrawn.decision().slot();
        String band = withdrawn.band();
        if (capacityLeft <= 0 || !slotStillFree(rules, withdrawn, nominations)) {
            return Optional.empty();
        }
        boolean sameBand = slot == Slot.PREFECTURE && rules.bandsBind();
        return nominations.stream()
                .filter(Nomination::waitlisted)
                .filter(n -> n.prefecture().equals(withdrawn.prefecture()))
                .filter(n -> !sameBand || Objects.equals(PrefectureFill.bandOf(rules, n), band))
                .min(RankOrder.NOMINATIONS)
                .map(n -> new Pick(n.hospital(), slot, Origin.REPLACEMENT, PrefectureFill.bandOf(rules, n)));
    }

    /** Only differs from "yes" when the program's quotas were lowered after the selection. */
    private static boolean slotStillFree(SelectionRules rules, Nomination withdrawn, Collection<Nomination> nominations) {
        if (withdrawn.decision().slot() != Slot.PREFECTURE) {
            return true;
        }
        long inPrefecture = nominations.stream().filter(n -> n.decision().isActivePrefectureSlot()).count();
        if (inPrefecture >= rules.quota(withdrawn.prefecture())) {
            return false;
        }
        if (!rules.bandsBind()) {
            return true;
        }
        long inBand = nominations.stream()
                .filter(n -> n.decision().isActivePrefectureSlot() && Objects.equals(n.band(), withdrawn.band()))
                .count();
        return withdrawn.band() != null && inBand < rules.bandQuota(withdrawn.prefecture(), withdrawn.band());
    }
}
