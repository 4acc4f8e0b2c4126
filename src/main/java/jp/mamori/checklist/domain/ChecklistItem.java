package jp.mamori.checklist.domain;

import java.util.List;
import java.util.Map;

/**
 * One item of an edition. {@code requiredFrom} is the first fiscal year it is required (the earliest when targets
 * differ); {@code requiredFromByTarget} the targets required later; {@code previousIds} the ids of the previous
 * edition's items it continues (the R5/R6 ↔ R7 map), empty for a new item.
 */
public record ChecklistItem(String id, String text, List<Target> targets, Integer requiredFrom,
                            Map<Target, Integer> requiredFromByTarget, Integer stage, boolean gate, List<String> previousIds) {

    public ChecklistItem {
        targets = List.copyOf(targets);
        requiredFromByTarget = Map.copyOf(requiredFromByTarget);
        previousIds = List.copyOf(previousIds);
    }

    public boolean perTarget() {
        return !targets.isEmpty();
    }

    /** The id as the ministry writes it: 令和7年度版 numbers items with circled digits (2-① for 2-1). */
    public String displayId() {
        return ItemNumbers.display(id);
    }
}
