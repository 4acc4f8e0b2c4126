package jp.mamori.checklist.domain;

import java.util.Optional;

/** An answer's key: the item id, or {@code itemId@S} for one target of an item asked per target. */
public record AnswerKey(String itemId, Target target) {

    public static Optional<AnswerKey> parse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        int at = key.lastIndexOf('@');
        if (at < 0) {
            return Optional.of(new AnswerKey(key, null));
        }
        return Target.parse(key.substring(at + 1)).map(t -> new AnswerKey(key.substring(0, at), t));
    }

    public static String of(String itemId, Target target) {
        return target == null ? itemId : itemId + "@" + target.name();
    }

    @Override
    public String toString() {
        return of(itemId, target);
    }
}
