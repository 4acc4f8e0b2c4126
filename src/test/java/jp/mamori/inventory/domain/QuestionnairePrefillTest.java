package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.survey.domain.SystemEntry;
import org.junit.jupiter.api.Test;

class QuestionnairePrefillTest {

    static SystemEntry system(String name, String vendor, Boolean remote) {
        return new SystemEntry(name, "部門システム", vendor, remote);
    }

    @Test
    void aRemotelyMaintainedSystemBecomesADraftRemoteMaintenancePointWithItsVendorAsCounterpart() {
        List<ConnectionPoint> drafts = QuestionnairePrefill.drafts(5L, List.of(system(" 電子カルテ ", "A社", true)), List.of());
        assertThat(drafts).singleElement().satisfies(p -> {
            assertThat(p.id()).isNull();
            assertThat(p.caseId()).isEqualTo(5L);
            assertThat(p.purpose()).isEqualTo(Purpose.REMOTE_MAINTENANCE);
            assertThat(p.system()).isEqualTo("電子カルテ");
            assertThat(p.counterpart()).isEqualTo("A社");
            assertThat(p.status()).isEqualTo(PointStatus.DIAGRAM);
            assertThat(p.knownBefore()).isNull();
            assertThat(p.device()).isEqualTo(Device.UNKNOWN);
        });
    }

    @Test
    void aSystemNotMaintainedRemotelyOrNotKnownToBeIsLeftOut() {
        assertThat(QuestionnairePrefill.drafts(5L, List.of(system("PACS", "A社", false), system("検査", "B社", null)), List.of()))
                .isEmpty();
    }

    @Test
    void aPointForTheSameSystemAndVendorTypedAnotherWayIsNotAddedAgain() {
        ConnectionPoint existing = new ConnectionPoint(1L, 5L, Purpose.REMOTE_MAINTENANCE, "株式会社Ａ社", "ｐａｃｓ", null,
                Device.UNKNOWN, null, null, null, null, null, null, null, null, PointStatus.HEARING, null);
        assertThat(QuestionnairePrefill.drafts(5L, List.of(system("PACS", "A社", true)), List.of(existing))).isEmpty();
    }

    @Test
    void theVendorMayStandInTheDeviceVendorInsteadOfTheCounterpart() {
        ConnectionPoint existing = new ConnectionPoint(1L, 5L, Purpose.REMOTE_MAINTENANCE, "保守センター", "PACS", null,
                new Device("A社", null, null, null), null, null, null, null, null, null, null, null, PointStatus.HEARING, null);
        assertThat(QuestionnairePrefill.drafts(5L, List.of(system("PACS", "A社", true)), List.of(existing))).isEmpty();
    }

    @Test
    void theSameSystemOfAnotherVendorIsADifferentPoint() {
        ConnectionPoint existing = new ConnectionPoint(1L, 5L, Purpose.REMOTE_MAINTENANCE, "A社", "PACS", null,
                Device.UNKNOWN, null, null, null, null, null, null, null, null, PointStatus.HEARING, null);
        assertThat(QuestionnairePrefill.drafts(5L, List.of(system("PACS", "B社", true)), List.of(existing))).hasSize(1);
    }

    @Test
    void aSystemListedTwiceGivesOnePoint() {
        assertThat(QuestionnairePrefill.drafts(5L, List.of(system("PACS", "A社", true), system("ＰＡＣＳ", "A社", true)), List.of()))
                .hasSize(1);
    }
}
