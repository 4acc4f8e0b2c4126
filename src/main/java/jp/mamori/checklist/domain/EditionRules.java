package jp.mamori.checklist.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.shared.Problem;

/**
 * What a loaded edition must hold before it replaces anything: an id, a kind, a fiscal year and a title; items with
 * an id unique in the edition and a text; one gate item at most (a checklist's); a BCP item's stage 1 to 5; the
 * targets' own required years among its targets; previous ids that name items of the edition before, if any.
 */
public final class EditionRules {

    public static final String ID_COLUMN = "項目ID";

    private EditionRules() {
    }

    /** @param rows the sheet row of each item (same order), for the errors; {@code previous} may be null */
    public static List<Problem> check(Edition e, List<Integer> rows, Edition previous) {
        List<Problem> problems = new ArrayList<>();
        if (e.items().isEmpty()) {
            problems.add(Problem.of("MISSING_VALUE", "項目が1行もありません。項目ID・項目の列に記入してください。"));
        }
        Map<String, Integer> first = new HashMap<>();
        int gates = 0;
        for (int n = 0; n < e.items().size(); n++) {
            ChecklistItem item = e.items().get(n);
            Integer row = rows.get(n);
            Integer seen = first.putIfAbsent(item.id(), row);
            if (seen != null) {
                problems.add(new Problem(row, ID_COLUMN, "DUPLICATE_ID", row + "行目「項目ID」: 項目ID「" + item.id() + "」は "
                        + seen + "行目と重複しています。"));
            }
            if (item.text().isBlank()) {
                problems.add(new Problem(row, "項目", "MISSING_VALUE", row + "行目「項目」: 項目の文を入力してください。"));
            }
            if (item.gate()) {
                gates++;
                if (e.kind() == EditionKind.BCP) {
                    problems.add(new Problem(row, "前提質問", "INVALID_VALUE", row + "行目「前提質問」: BCP確認表に前提質問はありません。"));
                } else if (gates > 1) {
                    problems.add(new Problem(row, "前提質問", "INVALID_VALUE", row + "行目「前提質問」: 前提質問は1つだけにしてください。"));
                }
            }
            if (e.kind() == EditionKind.BCP && (item.stage() == null || item.stage() < 1 || item.stage() > 5)) {
                problems.add(new Problem(row, "段階", "INVALID_VALUE", row + "行目「段階」: BCP確認表の項目には段階（1〜5）を入力してください。"));
            }
            Set<Target> later = new HashSet<>(item.requiredFromByTarget().keySet());
            later.removeAll(item.targets());
            if (!later.isEmpty()) {
                problems.add(new Problem(row, "対象別の必須化年度", "INVALID_VALUE", row + "行目「対象別の必須化年度」: 対象にない "
                        + later + " の年度があります。対象の列に加えるか、年度を消してください。"));
            }
            if (previous != null) {
                for (String p : item.previousIds()) {
                    if (previous.item(p).isEmpty()) {
                        problems.add(new Problem(row, "前版の項目ID", "UNKNOWN_ITEM", row + "行目「前版の項目ID」: 「" + p
                                + "」は前の版（" + previous.id() + "）の項目ではありません。"));
                    }
                }
            }
        }
        return problems;
    }
}
