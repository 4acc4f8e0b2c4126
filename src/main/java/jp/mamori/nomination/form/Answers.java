package jp.mamori.nomination.form;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Yes/no cells: あり/なし, 有/無, はい/いいえ, ○/×, TRUE/FALSE (and Excel boolean cells);
 * the consent column also takes 済/未.
 */
final class Answers {

    static final String RENEWAL_YES = "あり";
    static final String RENEWAL_NO = "なし";
    static final String CONSENT_YES = "済";
    static final String CONSENT_NO = "未";

    private static final Set<String> YES = Set.of("あり", "有り", "有", "はい", "○", "〇", "◯", "TRUE", "YES");
    private static final Set<String> NO = Set.of("なし", "無し", "無", "いいえ", "×", "✕", "✖", "FALSE", "NO");
    private static final Set<String> DONE = Set.of("済", "済み", "同意済", "同意済み");
    private static final Set<String> NOT_YET = Set.of("未", "未了", "未同意");

    private Answers() {
    }

    /** 院内情報システム更改予定. */
    static Optional<Boolean> renewal(CellInput in) {
        return yesNo(in, false);
    }

    /** 病院の同意. */
    static Optional<Boolean> consent(CellInput in) {
        return yesNo(in, true);
    }

    private static Optional<Boolean> yesNo(CellInput in, boolean doneWords) {
        if (in.kind() != CellInput.Kind.TEXT && in.kind() != CellInput.Kind.BOOLEAN) {
            return Optional.empty();
        }
        String s = FormText.compact(in.text()).toUpperCase(Locale.ROOT);
        if (YES.contains(s) || doneWords && DONE.contains(s)) {
            return Optional.of(true);
        }
        if (NO.contains(s) || doneWords && NOT_YET.contains(s)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
