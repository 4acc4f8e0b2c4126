package jp.mamori.backup.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import jp.mamori.inventory.domain.Suggestion;

/**
 * BACKUP_REACHABLE: the hospital says no copy is kept offline or out of the hospital network's reach (today's state,
 * which the plan is to fix). In Handa and Osaka the attackers encrypted the backups with everything else. Only a
 * plain いいえ raises it: わからない is no evidence either way (unknown values raise nothing, survey.md), and the
 * hearing is where it is asked again.
 */
public final class BackupReachableRule {

    public static final String ID = "BACKUP_REACHABLE";
    public static final String ITEM = "backup.offline";

    private BackupReachableRule() {
    }

    public static List<Suggestion> apply(Map<String, Object> answers) {
        Object answer = answers.get(ITEM);
        if (!"いいえ".equals(answer)) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(ITEM, answer);
        return List.of(Suggestion.of(ID, null, Severity.HIGH,
                "院内ネットワークから切り離したバックアップがない",
                "事前質問票で、バックアップの一部を院内ネットワークから切り離して（オフラインで）保管していないと回答されています。"
                        + "ランサムウェアに感染すると、ネットワークにつながったバックアップも同時に暗号化され、復旧できなくなるおそれがあります。",
                "オフライン媒体（LTO・RDX など）、書き換え不可（WORM）の領域、バックアップ時だけ接続する NAS、論理的に分離したクラウド領域など、"
                        + "院内ネットワークから届かない場所にバックアップの世代を保管してください（オフライン・バックアップ計画を参照）。",
                "医療情報システムの安全管理に関するガイドライン 第6.0版／診療録管理体制加算1", evidence));
    }
}
