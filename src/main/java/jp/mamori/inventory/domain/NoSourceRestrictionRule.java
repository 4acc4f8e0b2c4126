package jp.mamori.inventory.domain;

import java.util.List;

/** NO_SOURCE_RESTRICTION: an Internet VPN anybody on the Internet can knock on. */
public final class NoSourceRestrictionRule implements FindingRule {

    public static final String ID = "NO_SOURCE_RESTRICTION";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Suggestion> apply(RuleInput input) {
        return input.connected().stream()
                .filter(p -> p.line() == Line.INTERNET_VPN)
                .filter(p -> Boolean.FALSE.equals(p.sourceRestricted()))
                .map(p -> Suggestion.of(ID, p.id(), Severity.MEDIUM,
                        "接続元が制限されていないインターネットVPN：" + Evidence.label(p),
                        "「" + Evidence.label(p) + "」はインターネットVPNで、接続元のアドレスが制限されていません。インターネット上の誰からでも接続を試みられます。",
                        "接続元を保守事業者の固定アドレスなどに限定してください。",
                        "医療情報システムの安全管理に関するガイドライン 第6.0版",
                        Evidence.of("line", Evidence.name(p.line()), "sourceRestricted", p.sourceRestricted())))
                .toList();
    }
}
