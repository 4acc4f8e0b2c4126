package jp.mamori.checklist.domain;

import java.time.LocalDate;
import java.util.Optional;

import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;

/** A はい or いいえ says when it was checked (new in the 令和7 edition), and that day has come. */
public final class CheckedOnRule {

    private CheckedOnRule() {
    }

    public static Optional<Problem> check(String key, Answer a, LocalDate today) {
        if (a.answer() == Choice.NA) {
            return Optional.empty();
        }
        if (a.checkedOn() == null) {
            return Optional.of(Problem.field(key, "MISSING_VALUE", "確認した日を入力してください。"));
        }
        if (a.checkedOn().isAfter(today)) {
            return Optional.of(Problem.field(key, "INVALID_VALUE", "確認した日（" + JapaneseDates.wareki(a.checkedOn())
                    + "）が未来の日付です。今日（" + JapaneseDates.wareki(today) + "）までの日付を入力してください。"));
        }
        return Optional.empty();
    }
}
