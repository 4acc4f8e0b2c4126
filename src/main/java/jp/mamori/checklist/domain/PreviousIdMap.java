package jp.mamori.checklist.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map between an edition and the one before it (R5/R6 ↔ R7: 2-(7) became 2-6, 2-(6) became 2-11, new items
 * have none). Last year's answers pre-fill this year's through it: only the choice, never the dates, because each
 * item is to be checked again.
 */
public final class PreviousIdMap {

    private PreviousIdMap() {
    }

    /** The items of {@code current} that continue {@code previousId} of the edition before. */
    public static List<String> successors(Edition current, String previousId) {
        List<String> out = new ArrayList<>();
        for (ChecklistItem item : current.items()) {
            if (item.previousIds().contains(previousId)) {
                out.add(item.id());
            }
        }
        return out;
    }

    /** Last edition's answers as this edition's keys; a NA from a closed gate is not carried over. */
    public static Map<String, Choice> prefill(Edition current, Map<String, Answer> previousAnswers) {
        Map<String, Choice> out = new LinkedHashMap<>();
        for (ChecklistItem item : current.items()) {
            for (String prev : item.previousIds()) {
                Answer whole = previousAnswers.get(prev);
                if (whole != null && !out.containsKey(item.id())) {
                    out.put(item.id(), whole.answer());
                }
                for (Target t : item.targets()) {
                    Answer each = previousAnswers.get(AnswerKey.of(prev, t));
                    String key = AnswerKey.of(item.id(), t);
                    if (each != null && whole == null && !out.containsKey(item.id()) && !out.containsKey(key)) {
                        out.put(key, each.answer());
                    }
                }
            }
        }
        return out;
    }
}
