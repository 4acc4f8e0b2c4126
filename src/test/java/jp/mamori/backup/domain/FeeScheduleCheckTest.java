package jp.mamori.backup.domain;

import static jp.mamori.backup.domain.Plans.declined;
import static jp.mamori.backup.domain.Plans.plan;
import static jp.mamori.backup.domain.Plans.system;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeeScheduleCheckTest {

    @Test
    void twoMethodsWithPartOfflineMeetTheFeeSchedule() {
        FeeScheduleCheck.Result r = FeeScheduleCheck.check(plan(1, 2, system("電子カルテ", "2", Separation.OFFLINE_MEDIA),
                system("PACS", "5", Separation.ISOLATED_CLOUD)));
        assertThat(r.met()).isTrue();
        assertThat(r.severalMethods()).isTrue();
        assertThat(r.partOffline()).isTrue();
        assertThat(r.reasons()).hasSize(2).first().asString().contains("2方式");
    }

    @Test
    void oneMethodAloneIsNotSeveral() {
        FeeScheduleCheck.Result r = FeeScheduleCheck.check(plan(1, 2, system("電子カルテ", "2", Separation.WORM),
                system("PACS", "5", Separation.WORM)));
        assertThat(r.met()).isFalse();
        assertThat(r.severalMethods()).isFalse();
        assertThat(r.partOffline()).isTrue();
        assertThat(r.reasons().get(0)).contains("1つだけ").contains("複数の方式");
    }

    @Test
    void aPlanWithNoSystemsMeetsNeitherCondition() {
        FeeScheduleCheck.Result r = FeeScheduleCheck.check(plan(1, 2));
        assertThat(r.met()).isFalse();
        assertThat(r.partOffline()).isFalse();
        assertThat(r.reasons().get(1)).contains("オフラインで保管するバックアップがありません");
    }

    @Test
    void separatedNetworksAndWriteOnceAreasCountAsOffline() {
        assertThat(Separation.SEPARATED_NETWORK.countsAsOffline()).isTrue();
        assertThat(Separation.WORM.countsAsOffline()).isTrue();
        assertThat(FeeScheduleCheck.check(plan(1, 2, system("a", "1", Separation.SEPARATED_NETWORK),
                system("b", "1", Separation.WORM))).met()).isTrue();
    }

    @Test
    void aDeclinedPlanIsNotChecked() {
        FeeScheduleCheck.Result r = FeeScheduleCheck.check(declined(system("a", "1", Separation.OFFLINE_MEDIA),
                system("b", "1", Separation.WORM)));
        assertThat(r.met()).isFalse();
        assertThat(r.reasons()).singleElement().asString().contains("辞退");
    }
}
