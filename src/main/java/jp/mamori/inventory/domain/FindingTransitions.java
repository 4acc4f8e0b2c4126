package jp.mamori.inventory.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * api-survey.md's transition table for findings. The contractor makes every move; the hospital only its own risk
 * decision (ACCEPTED) and FIXED. A dismissal and an acceptance carry a reason; FIXED carries a date not in the future.
 * Checked in this order: the table (409), who (403), the reason and the date (422).
 */
public final class FindingTransitions {

    private static final Map<FindingState, Set<FindingState>> ALLOWED = new EnumMap<>(FindingState.class);

    static {
        ALLOWED.put(FindingState.SUGGESTED, EnumSet.of(FindingState.OPEN, FindingState.DISMISSED));
        ALLOWED.put(FindingState.OPEN, EnumSet.of(FindingState.ACCEPTED, FindingState.FIXED));
        ALLOWED.put(FindingState.ACCEPTED, EnumSet.of(FindingState.OPEN, FindingState.FIXED));
        ALLOWED.put(FindingState.FIXED, EnumSet.of(FindingState.OPEN));
        ALLOWED.put(FindingState.DISMISSED, EnumSet.of(FindingState.SUGGESTED));
    }

    private static final Set<FindingState> HOSPITAL_MAY_SET = EnumSet.of(FindingState.ACCEPTED, FindingState.FIXED);

    private FindingTransitions() {
    }

    public static boolean allowed(FindingState from, FindingState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The move as made: the state, the reason kept (trimmed, null when blank) and the fixed date (FIXED only). */
    public record Move(FindingState to, String reason, LocalDate fixedOn) {
    }

    public static Move move(FindingState from, FindingState to, boolean byHospital, String reason, LocalDate fixedOn,
                            LocalDate today) {
        if (to == null || !allowed(from, to)) {
            throw new TransitionRefusal(TransitionRefusal.Kind.CONFLICT, "INVALID_TRANSITION",
                    null, "「" + label(from) + "」の検証結果は「" + label(to) + "」にできません。"
                    + "できるのは「" + String.join("」「", ALLOWED.get(from).stream().map(FindingTransitions::label).toList()) + "」への変更です。");
        }
        if (byHospital && !HOSPITAL_MAY_SET.contains(to)) {
            throw new TransitionRefusal(TransitionRefusal.Kind.FORBIDDEN, "FORBIDDEN", null,
                    "病院が設定できるのは「リスク受容」と「対応済み」だけです。");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && (to == FindingState.DISMISSED || to == FindingState.ACCEPTED)) {
            throw new TransitionRefusal(TransitionRefusal.Kind.INVALID, "MISSING_VALUE", "reason",
                    to == FindingState.DISMISSED ? "却下する理由を reason に入力してください。"
                            : "リスクを受容する理由を reason に入力してください。");
        }
        if (to == FindingState.FIXED) {
            if (fixedOn == null) {
                throw new TransitionRefusal(TransitionRefusal.Kind.INVALID, "MISSING_VALUE", "fixedOn",
                        "対応が済んだ日を fixedOn に YYYY-MM-DD で入力してください。");
            }
            if (fixedOn.isAfter(today)) {
                throw new TransitionRefusal(TransitionRefusal.Kind.INVALID, "INVALID_VALUE", "fixedOn",
                        "対応済みの日（" + fixedOn + "）が未来の日付です。今日（" + today + "）以前の日付を入力してください。");
            }
        }
        return new Move(to, why, to == FindingState.FIXED ? fixedOn : null);
    }

    static String label(FindingState s) {
        if (s == null) {
            return "（指定なし）";
        }
        return switch (s) {
            case SUGGESTED -> "提案（SUGGESTED）";
            case OPEN -> "未対応（OPEN）";
            case ACCEPTED -> "リスク受容（ACCEPTED）";
            case FIXED -> "対応済み（FIXED）";
            case DISMISSED -> "却下（DISMISSED）";
        };
    }
}
