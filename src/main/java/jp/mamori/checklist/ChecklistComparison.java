package jp.mamori.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.ChecklistMismatchRule;
import jp.mamori.checklist.domain.Choice;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.PerTargetAnswers;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.checklist.domain.Target;

/**
 * The respondents' answers side by side, item by item: what the comparison page and the report show. One place, so
 * the page's 相違あり and the report's are the same judgement.
 */
public final class ChecklistComparison {

    /** One item's row: what each respondent answered, as text, and whether they differ. */
    public record Row(ChecklistItem item, Map<Respondent, String> shown, List<String> vendors, boolean differs, boolean mismatch) {
    }

    private ChecklistComparison() {
    }

    /** {@link #rows(Edition, Map, List)} without the vendors' returned forms. */
    public static List<Row> rows(Edition e, Map<Respondent, ChecklistAnswers.View> views) {
        return rows(e, views, List.of());
    }

    /**
     * Every item of the edition in its order. {@code differs}: the respondents who answered it chose differently
     * (per target where asked per target); {@code mismatch}: CHECKLIST_MISMATCH would raise it (hospital はい, contractor いいえ).
     */
    public static List<Row> rows(Edition e, Map<Respondent, ChecklistAnswers.View> views,
                                 List<jp.mamori.checklist.sheet.VendorForm.Returned> vendors) {
        List<Row> rows = new ArrayList<>();
        for (ChecklistItem item : e.items()) {
            Map<Respondent, String> shown = new LinkedHashMap<>();
            List<Map<Target, Answer>> all = new ArrayList<>();
            views.forEach((r, v) -> {
                Map<Target, Answer> by = PerTargetAnswers.byTarget(item, v.answers());
                shown.put(r, text(item, by));
                if (!by.isEmpty()) {
                    all.add(by);
                }
            });
            boolean differs = all.stream().map(ChecklistComparison::choices).distinct().count() > 1;
            boolean mismatch = views.containsKey(Respondent.HOSPITAL) && views.containsKey(Respondent.CONTRACTOR)
                    && !ChecklistMismatchRule.apply(new Edition(e.id(), e.kind(), e.fiscalYear(), e.title(), List.of(item)),
                    views.get(Respondent.HOSPITAL).answers(), views.get(Respondent.CONTRACTOR).answers()).isEmpty();
            List<String> vendorShown = vendors.stream().map(v -> text(item, PerTargetAnswers.byTarget(item, v.answers()))).toList();
            rows.add(new Row(item, shown, vendorShown, differs, mismatch));
        }
        return rows;
    }

    static String text(ChecklistItem item, Map<Target, Answer> by) {
        if (by.isEmpty()) {
            return "未回答";
        }
        if (!item.perTarget()) {
            return by.get(null).answer().japanese();
        }
        List<String> parts = new ArrayList<>();
        by.forEach((t, a) -> parts.add(t.japanese() + ": " + a.answer().japanese()));
        return String.join("、", parts);
    }

    private static Map<Target, Choice> choices(Map<Target, Answer> by) {
        Map<Target, Choice> out = new LinkedHashMap<>();
        by.forEach((t, a) -> out.put(t, a.answer()));
        return out;
    }
}
