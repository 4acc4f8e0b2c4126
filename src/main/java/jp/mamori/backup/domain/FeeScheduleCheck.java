package jp.mamori.backup.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the plan, carried out, meets the backup conditions of the 2024 fee schedule's 診療録管理体制加算 1: backups
 * by several methods, part of them kept offline. "Several methods" is read as at least two different ways of keeping
 * copies apart across the plan's systems (the plan is what we know of; the hospital's own online copies are not in
 * it). "Offline" counts logically or physically separated networks and write-once areas, as the Q&A does.
 */
public final class FeeScheduleCheck {

    /** @param reasons in Japanese, one for each condition, met or not */
    public record Result(boolean met, boolean severalMethods, boolean partOffline, List<String> reasons) {
    }

    private FeeScheduleCheck() {
    }

    public static Result check(BackupPlan plan) {
        if (plan.declined()) {
            return new Result(false, false, false, List.of("バックアップ計画を作らないこと（辞退）になっているため、加算の要件は確認していません。"));
        }
        Set<Separation> methods = EnumSet.noneOf(Separation.class);
        plan.systems().forEach(s -> {
            if (s.separation() != null) {
                methods.add(s.separation());
            }
        });
        boolean several = methods.size() >= 2;
        boolean offline = methods.stream().anyMatch(Separation::countsAsOffline);
        List<String> reasons = new ArrayList<>();
        reasons.add(several ? "複数の方式でバックアップを取ります（" + methods.size() + "方式）。"
                : "バックアップの方式が" + (methods.isEmpty() ? "ありません" : "1つだけです")
                + "。診療録管理体制加算1には、複数の方式（例：オフライン媒体と書き換え不可の領域）が必要です。");
        reasons.add(offline ? "一部をオフライン（ネットワークから切り離した保管・書き換え不可の領域を含む）で保管します。"
                : "オフラインで保管するバックアップがありません。診療録管理体制加算1には、一部をオフラインで保管することが必要です。");
        return new Result(several && offline, several, offline, List.copyOf(reasons));
    }
}
