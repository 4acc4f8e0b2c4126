package jp.mamori.inventory.domain;

import java.util.List;

/**
 * ALWAYS_ON_PASSWORD_ONLY: an always-on remote-maintenance or partner link that a password (or nothing) opens.
 * The VPN that let attackers into the Handa and Osaka hospitals was of this kind.
 */
public final class AlwaysOnPasswordOnlyRule implements FindingRule {

    public static final String ID = "ALWAYS_ON_PASSWORD_ONLY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        return input.connected().stream()
                .filter(p -> p.purpose() == Purpose.REMOTE_MAINTENANCE || p.purpose() == Purpose.PARTNER_LINK)
                .filter(p -> Boolean.TRUE.equals(p.alwaysOn()))
                .filter(p -> p.authentication() == Authentication.PASSWORD || p.authentication() == Authentication.NONE)
                .map(p -> Suggestion.of(ID, p.id(), Severity.HIGH,
                        "常時接続の回線がパスワードだけで利用できる：" + Evidence.label(p),
                        "「" + Evidence.label(p) + "」は常時接続で、認証が" + (p.authentication() == Authentication.NONE ? "ありません" : "パスワードだけです")
                                + "。パスワードが漏れると、外部から院内へいつでも入れます。",
                        "必要な時だけ病院側で回線を開く運用に改めるか、証明書または二要素認証を導入してください。",
                        "医療情報システムの安全管理に関するガイドライン 第6.0版",
                        Evidence.of("purpose", Evidence.name(p.purpose()), "alwaysOn", p.alwaysOn(),
                                "authentication", Evidence.name(p.authentication()))))
                .toList();
    }
}
