package jp.mamori.selection.domain;

import java.util.List;
import java.util.Optional;

import jp.mamori.shared.HospitalCode;

/**
 * What one event did.
 *
 * @param changed every decision that is new or differs from before (renumbered waitlist included)
 * @param removed nominations a re-submission dropped
 */
public record SelectionOutcome(SelectionEvent event, List<Decision> changed, List<HospitalCode> removed) {

    public SelectionOutcome {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean changedNothing() {
        return changed.isEmpty() && removed.isEmpty();
    }

    public Optional<Decision> changed(HospitalCode hospital) {
        return changed.stream().filter(d -> d.hospitalCode().equals(hospital)).findFirst();
    }

    /** The decisions this event turned SELECTED. */
    public List<Decision> newlySelected() {
        return changed.stream().filter(d -> d.status() == DecisionStatus.SELECTED).toList();
    }
}
