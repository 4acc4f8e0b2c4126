package jp.mamori.checklist.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Complete when every item has an answer for each of its targets (after the gate rule has been applied). */
public final class ChecklistCompleteness {

    private ChecklistCompleteness() {
    }

    /** The ids of the items still lacking an answer, in the edition's order. */
    public static List<String> missing(Edition edition, Map<String, Answer> answers) {
        List<String> missing = new ArrayList<>();
        for (ChecklistItem item : edition.items()) {
            int need = item.perTarget() ? item.targets().size() : 1;
            if (PerTargetAnswers.byTarget(item, answers).size() < need) {
                missing.add(item.id());
            }
        }
        return missing;
    }

    public static boolean complete(Edition edition, Map<String, Answer> answers) {
        return missing(edition, answers).isEmpty();
    }
}
