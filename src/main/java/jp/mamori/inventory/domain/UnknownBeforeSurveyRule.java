package jp.mamori.inventory.domain;

import java.util.List;

/** UNKNOWN_BEFORE_SURVEY: a point the hospital did not have on its own ledger; nobody was watching it. */
public final class UnknownBeforeSurveyRule implements FindingRule {

    public static final String ID = "UNKNOWN_BEFORE_SURVEY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        return input.connected().stream()
                .filter(p -> Boolean.FALSE.equals(p.knownBefore()))
                .map(p -> Suggestion.of(ID, p.id(), Severity.MEDIUM,
                        "病院が把握していなかった外部接続：" + Evidence.label(p),
                        "「" + Evidence.label(p) + "」は、調査の前には病院の台帳に載っていませんでした。把握されていない接続は、管理も監視もされません。",
                        "この接続を病院の外部接続台帳に登録し、管理の責任者と利用の要否を決めてください。不要なら撤去してください。",
                        "医療情報システムの安全管理に関するガイドライン 第6.0版",
                        Evidence.of("knownBefore", p.knownBefore())))
                .toList();
    }
}
