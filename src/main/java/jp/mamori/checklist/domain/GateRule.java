package jp.mamori.checklist.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gate question comes first: a facility that runs no medical information system skips the rest, so a いいえ
 * there makes every other item 該当なし whatever was sent for it.
 */
public final class GateRule {

    private GateRule() {
    }

    public static boolean closed(Edition edition, Map<String, Answer> answers) {
        return edition.gate().map(g -> answers.get(g.id())).map(a -> a.answer() == Choice.NO).orElse(false);
    }

    public static Map<String, Answer> apply(Edition edition, Map<String, Answer> answers) {
        if (!closed(edition, answers)) {
            return answers;
        }
        String gate = edition.gate().orElseThrow().id();
        Map<String, Answer> out = new LinkedHashMap<>();
        out.put(gate, answers.get(gate));
        for (ChecklistItem item : edition.items()) {
            if (!item.gate()) {
                out.put(item.id(), Answer.na());
            }
        }
        return out;
    }
}
