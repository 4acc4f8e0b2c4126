package jp.mamori.checklist.domain;

import java.time.LocalDate;
import java.util.Optional;

import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;

/**
 * A いいえ is a promise to put it right within the edition's fiscal year: a target date on or after the day
 * checked, no later than 31 March of that year. The gate item's いいえ is no shortcoming and needs none.
 */
public final class TargetDateRule {

    private TargetDateRule() {
    }

    public static Optional<Problem> check(String key, ChecklistItem item, Answer a, Edition edition) {
        if (a.answer() != Choice.NO || item.gate()) {
            return Optional.empty();
        }
        LocalDate end = edition.fiscalYearEnd();
        if (a.targetOn() == null) {
            return Optional.of(Problem.field(key, "MISSING_VALUE", "「いいえ」の項目には、対応する予定の日（"
                    + JapaneseDates.wareki(end) + "まで）を入力してください。"));
        }
        if (a.checkedOn() != null && a.targetOn().isBefore(a.checkedOn())) {
            return Optional.of(Problem.field(key, "INVALID_VALUE", "対応予定日（" + JapaneseDates.wareki(a.targetOn())
                    + "）が確認した日（" + JapaneseDates.wareki(a.checkedOn()) + "）より前です。確認した日以降の日付を入力してください。"));
        }
        if (a.targetOn().isAfter(end)) {
            return Optional.of(Problem.field(key, "INVALID_VALUE", "対応予定日（" + JapaneseDates.wareki(a.targetOn())
                    + "）がこの版の年度末（" + JapaneseDates.wareki(end) + "）より後です。年度内の日付を入力してください。"));
        }
        return Optional.empty();
    }
}
