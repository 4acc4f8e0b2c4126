package jp.mamori.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import org.junit.jupiter.api.Test;

class BackupReachableRuleTest {

    @Test
    void noCopyKeptOfflineRaisesAHighSuggestionForTheHospitalAsAWhole() {
        assertThat(BackupReachableRule.apply(Map.of("backup.offline", "いいえ", "staff.it", 2))).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("BACKUP_REACHABLE");
            assertThat(s.severity()).isEqualTo(Severity.HIGH);
            assertThat(s.connectionId()).isNull();
            assertThat(s.evidence()).isEqualTo(Map.of("backup.offline", "いいえ"));
            assertThat(s.title()).contains("バックアップ");
        });
    }

    @Test
    void yesUnknownOrUnansweredRaiseNothing() {
        assertThat(BackupReachableRule.apply(Map.of("backup.offline", "はい"))).isEmpty();
        assertThat(BackupReachableRule.apply(Map.of("backup.offline", "わからない"))).isEmpty();
        assertThat(BackupReachableRule.apply(Map.of())).isEmpty();
    }
}
