package jp.mamori.inventory.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.mamori.nomination.form.FormText;

/** A question the hearing may leave open: はい, いいえ, or 不明 (blank reads the same: null). */
final class YesNo {

    static final String YES = "はい";
    static final String NO = "いいえ";
    static final String UNKNOWN = "不明";

    private YesNo() {
    }

    static List<String> labels() {
        return List.of(YES, NO, UNKNOWN);
    }

    static String label(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }

    /**
     * Empty for text that is no answer; an empty inner Optional for 不明. The API's true/false and an
     * Excel TRUE/FALSE cell are accepted as well.
     */
    static Optional<Optional<Boolean>> parse(String text) {
        String s = FormText.compact(text).toLowerCase(Locale.ROOT);
        return switch (s) {
            case YES, "true" -> Optional.of(Optional.of(true));
            case NO, "false" -> Optional.of(Optional.of(false));
            case UNKNOWN, "null" -> Optional.of(Optional.empty());
            default -> Optional.empty();
        };
    }
}
