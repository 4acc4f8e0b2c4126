package jp.mamori.report.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;

/**
 * The order findings are read in: the worst severity first; within one severity the open before the accepted before
 * the fixed (what is still to do comes first); then in the order they were raised (by id), so two renderings of the
 * same data list them alike.
 */
public final class WorstFirst {

    private WorstFirst() {
    }

    public static <T> List<T> sort(Collection<T> items, Function<T, Severity> severity, Function<T, FindingState> state,
                                   ToLongFunction<T> id) {
        return items.stream()
                .sorted(Comparator.comparing(severity, Comparator.comparingInt(Severity::ordinal))
                        .thenComparing(state, Comparator.comparingInt(WorstFirst::stateRank))
                        .thenComparingLong(id))
                .toList();
    }

    private static int stateRank(FindingState s) {
        return switch (s) {
            case OPEN -> 0;
            case ACCEPTED -> 1;
            case FIXED -> 2;
            case SUGGESTED -> 3;
            case DISMISSED -> 4;
        };
    }
}
