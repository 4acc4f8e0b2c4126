package jp.mamori.selection.domain;

import jp.mamori.shared.PriorityKey;

import java.util.Comparator;
import java.util.List;

/**
 * Best first by the program's priority keys (selection.md §4); a tie on one key goes to the next.
 * Hospital code always breaks the last tie, so the order is total and a replay picks the same.
 */
public final class PriorityOrder {

    private PriorityOrder() {
    }

    public static Comparator<PriorityFacts> of(List<PriorityKey> keys) {
        Comparator<PriorityFacts> order = (a, b) -> 0;
        for (PriorityKey key : keys) {
            order = order.thenComparing(by(key));
        }
        return order.thenComparing(PriorityFacts::hospital);
    }

    static Comparator<PriorityFacts> by(PriorityKey key) {
        return switch (key) {
            case DISASTER_BASE -> Comparator.comparing((PriorityFacts f) -> !f.disasterBase());
            case ACUTE_CARE -> Comparator.comparing((PriorityFacts f) -> !f.acuteCare());
            case EMERGENCY -> Comparator.comparing((PriorityFacts f) -> !f.emergency());
            case BEDS -> Comparator.comparingInt((PriorityFacts f) -> f.beds()).reversed();
            case PREFECTURE_RANK -> Comparator.comparing(PriorityFacts::rank, Comparator.nullsLast(Comparator.naturalOrder()));
            case PREFECTURE_CODE -> Comparator.comparing(PriorityFacts::prefecture);
            case HOSPITAL_CODE -> Comparator.comparing(PriorityFacts::hospital);
        };
    }
}
