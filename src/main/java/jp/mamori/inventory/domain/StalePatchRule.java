package jp.mamori.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * STALE_PATCH: a device (a vendor or product is known) last patched more than 180 days before today, or with no
 * patch date at all: never patched and nobody knows look the same to an attacker.
 */
public final class StalePatchRule implements FindingRule {

    public static final String ID = "STALE_PATCH";
    public static final int DAYS = 180;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        LocalDate limit = input.today().minusDays(DAYS);
        return input.connected().stream()
                .filter(p -> known(p.device().vendor()) || known(p.device().product()))
                .filter(p -> p.lastPatchedOn() == null || p.lastPatchedOn().isBefore(limit))
                .map(p -> Suggestion.of(ID, p.id(), Severity.MEDIUM,
                        "機器の修正プログラムが長く適用されていない：" + Evidence.label(p),
                        "「" + Evidence.label(p) + "」の機器は、" + (p.lastPatchedOn() == null
                                ? "修正プログラム（パッチ）を適用した日が分かりません。"
                                : p.lastPatchedOn() + " から" + DAYS + "日を超えて修正プログラム（パッチ）が適用されていません。"),
                        "保守事業者に最新の修正プログラムの有無を確認し、適用の計画を立ててください。適用した日は台帳に記録してください。",
                        "医療情報システムの安全管理に関するガイドライン 第6.0版",
                        // the date, not today: the same old patch date stays the same suggestion day after day
                        Evidence.of("lastPatchedOn", p.lastPatchedOn() == null ? null : p.lastPatchedOn().toString())))
                .toList();
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }
}
