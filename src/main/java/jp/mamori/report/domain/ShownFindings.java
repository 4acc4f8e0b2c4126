package jp.mamori.report.domain;

import java.util.Set;

import jp.mamori.inventory.domain.FindingState;

/**
 * Which findings the report to the hospital holds: the confirmed ones (open, accepted, fixed). A suggestion nobody
 * looked at is not a finding yet (and the hospital never sees one), a dismissed one was judged wrong.
 * What to do first is the open ones only: an accepted risk was decided, a fixed one is done.
 */
public final class ShownFindings {

    private static final Set<FindingState> SHOWN = Set.of(FindingState.OPEN, FindingState.ACCEPTED, FindingState.FIXED);

    private ShownFindings() {
    }

    public static boolean shown(FindingState state) {
        return SHOWN.contains(state);
    }

    public static boolean toDoFirst(FindingState state) {
        return state == FindingState.OPEN;
    }
}
