package jp.mamori.checklist.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.Problem;

/**
 * An item asked per target is answered either as a whole (the answer holds for each of its targets) or per target
 * under {@code itemId@S}, {@code itemId@PC}, {@code itemId@NW}; never both, and never for a target it does not ask.
 */
public final class PerTargetAnswers {

    private PerTargetAnswers() {
    }

    /** The keys that name no item, a target the item does not ask, or mix a whole answer with per-target ones. */
    public static List<Problem> check(Edition edition, Iterable<String> keys) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> wholeSeen = new LinkedHashMap<>();
        Map<String, Boolean> perTargetSeen = new LinkedHashMap<>();
        for (String key : keys) {
            AnswerKey k = AnswerKey.parse(key).orElse(null);
            ChecklistItem item = k == null ? null : edition.item(k.itemId()).orElse(null);
            if (item == null) {
                problems.add(Problem.field(key, "UNKNOWN_ITEM", "「" + key + "」はこの版（" + edition.id()
                        + "）の項目ではありません。項目IDを確認してください（対象別は 2-1@S、2-1@PC、2-1@NW の形です）。"));
                continue;
            }
            if (k.target() == null) {
                wholeSeen.put(item.id(), true);
            } else if (!item.targets().contains(k.target())) {
                problems.add(Problem.field(key, "INVALID_VALUE", "項目 " + item.displayId() + " は" + k.target().japanese()
                        + "について尋ねていません。" + (item.perTarget() ? "対象は " + names(item) + " です。" : "項目全体として回答してください。")));
            } else {
                perTargetSeen.put(item.id(), true);
            }
        }
        for (String id : wholeSeen.keySet()) {
            if (perTargetSeen.containsKey(id)) {
                problems.add(Problem.field(id, "INVALID_VALUE", "項目 " + ItemNumbers.display(id)
                        + " は、項目全体の回答か対象別の回答のどちらか一方にしてください。"));
            }
        }
        return problems;
    }

    /**
     * The answer for each of the item's targets (a whole answer holds for each); an item without targets has its one
     * answer under a null key. Targets without an answer are absent.
     */
    public static Map<Target, Answer> byTarget(ChecklistItem item, Map<String, Answer> answers) {
        Map<Target, Answer> out = new LinkedHashMap<>();
        Answer whole = answers.get(item.id());
        if (!item.perTarget()) {
            if (whole != null) {
                out.put(null, whole);
            }
            return out;
        }
        Map<Target, Answer> each = new EnumMap<>(Target.class);
        for (Target t : item.targets()) {
            Answer a = whole != null ? whole : answers.get(AnswerKey.of(item.id(), t));
            if (a != null) {
                each.put(t, a);
            }
        }
        out.putAll(each);
        return out;
    }

    static String names(ChecklistItem item) {
        return String.join("・", item.targets().stream().map(Target::japanese).toList());
    }
}
