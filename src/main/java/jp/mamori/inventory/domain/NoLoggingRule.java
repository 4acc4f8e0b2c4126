package jp.mamori.inventory.domain;

import java.util.List;

/** NO_LOGGING: a remote-maintenance link whose use is not logged, or whose logs nobody reads. */
public final class NoLoggingRule implements FindingRule {

    public static final String ID = "NO_LOGGING";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        return input.connected().stream()
                .filter(p -> p.purpose() == Purpose.REMOTE_MAINTENANCE)
                .filter(p -> Boolean.FALSE.equals(p.logging()) || Boolean.FALSE.equals(p.logReviewed()))
                .map(p -> Suggestion.of(ID, p.id(), Severity.MEDIUM,
                        Boolean.FALSE.equals(p.logging()) ? "リモート保守の接続記録（ログ）が取られていない：" + Evidence.label(p)
                                : "リモート保守の接続記録（ログ）が確認されていない：" + Evidence.label(p),
                        "「" + Evidence.label(p) + "」のリモート保守で、" + (Boolean.FALSE.equals(p.logging())
                                ? "いつ誰が接続したかの記録が取られていません。" : "接続の記録は取られていますが、定期的に確認されていません。")
                                + "不正な接続があっても気づけません。",
                        "接続の記録を残し、病院側で定期的に（少なくとも月に1回）確認する手順を決めてください。",
                        "医療情報システムの安全管理に関するガイドライン 第6.0版",
                        Evidence.of("logging", p.logging(), "logReviewed", p.logReviewed())))
                .toList();
    }
}
