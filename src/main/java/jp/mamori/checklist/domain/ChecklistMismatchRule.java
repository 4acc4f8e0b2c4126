package jp.mamori.checklist.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import jp.mamori.inventory.domain.Suggestion;

/**
 * CHECKLIST_MISMATCH (survey.md, Findings): the hospital answered はい where the contractor found いいえ on the same
 * item of the same edition. One suggestion per item, naming the targets that differ; its basis is the edition,
 * the item and those targets, so a dismissed one comes back only when the targets change.
 */
public final class ChecklistMismatchRule {

    public static final String ID = "CHECKLIST_MISMATCH";

    private ChecklistMismatchRule() {
    }

    public static List<Suggestion> apply(Edition edition, Map<String, Answer> hospital, Map<String, Answer> contractor) {
        List<Suggestion> out = new ArrayList<>();
        for (ChecklistItem item : edition.items()) {
            List<String> differing = differing(item, hospital, contractor);
            if (differing == null) {
                continue;
            }
            Map<String, Object> basis = new LinkedHashMap<>();
            basis.put("edition", edition.id());
            basis.put("itemId", item.id());
            basis.put("targets", differing);
            Map<String, Object> evidence = new LinkedHashMap<>(basis);
            evidence.put("item", item.text());
            String where = differing.isEmpty() ? ""
                    : "（" + String.join("・", differing.stream().map(t -> Target.valueOf(t).japanese()).toList()) + "）";
            out.add(new Suggestion(ID, null, Severity.LOW,
                    "チェックリスト " + item.displayId() + " の自己点検と調査結果が異なる" + where,
                    "病院の自己点検では「はい」ですが、事業者の調査では「いいえ」でした" + where + "：" + item.text(),
                    "病院と事業者で実態を確かめ、どちらかの回答を直すか、対策の予定を立ててください。",
                    edition.title() + " " + item.displayId(), evidence, basis));
        }
        return out;
    }

    /**
     * The targets where the hospital said YES and the contractor NO (empty for an item without targets that differs),
     * or null when they do not differ so.
     */
    static List<String> differing(ChecklistItem item, Map<String, Answer> hospital, Map<String, Answer> contractor) {
        if (item.gate()) {
            return null;
        }
        Map<Target, Answer> h = PerTargetAnswers.byTarget(item, hospital);
        Map<Target, Answer> c = PerTargetAnswers.byTarget(item, contractor);
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<Target, Answer> e : h.entrySet()) {
            Answer other = c.get(e.getKey());
            if (e.getValue().answer() == Choice.YES && other != null && other.answer() == Choice.NO) {
                any = true;
                if (e.getKey() != null) {
                    out.add(e.getKey().name());
                }
            }
        }
        return any ? out : null;
    }
}
