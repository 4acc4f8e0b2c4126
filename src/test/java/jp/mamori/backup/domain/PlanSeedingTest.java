package jp.mamori.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jp.mamori.survey.domain.SystemEntry;
import org.junit.jupiter.api.Test;

class PlanSeedingTest {

    static final List<SystemEntry> SYSTEMS = List.of(
            new SystemEntry("HOPE LifeMark", "電子カルテ", "富士通", true),
            new SystemEntry("PACS", "画像", "A社", false),
            new SystemEntry("ＥＭＲサーバ", null, "B社", null),
            new SystemEntry("レセコン", "医事", "C社", null));

    @Test
    void theEmrKeepsFiveGenerationsAndOthersThree() {
        BackupPlan plan = PlanSeeding.seed(SYSTEMS, "毎日");
        assertThat(plan.systems()).extracting(ProtectedSystem::name, ProtectedSystem::generations).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HOPE LifeMark", 5), org.assertj.core.groups.Tuple.tuple("PACS", 3),
                org.assertj.core.groups.Tuple.tuple("ＥＭＲサーバ", 5), org.assertj.core.groups.Tuple.tuple("レセコン", 3));
    }

    @Test
    void aSeededPlanStartsAtZeroTbOnOfflineMediaWithTheDefaultRates() {
        BackupPlan plan = PlanSeeding.seed(SYSTEMS, null);
        assertThat(plan.systems()).allSatisfy(s -> {
            assertThat(s.dataTb()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(s.separation()).isEqualTo(Separation.OFFLINE_MEDIA);
            assertThat(s.restoreTargetHours()).isNull();
        });
        assertThat(plan.costPerTbMin()).isEqualTo(300_000);
        assertThat(plan.costPerTbMax()).isEqualTo(400_000);
        assertThat(plan.declined()).isFalse();
        assertThat(plan.decision()).isNull();
        assertThat(plan.systems().get(1).kind()).isEqualTo("画像");
    }

    @Test
    void theFrequencyFollowsTheQuestionnaireWhereItMapsElseDaily() {
        assertThat(PlanSeeding.seed(SYSTEMS, "毎週").systems()).allMatch(s -> s.frequency() == Frequency.WEEKLY);
        assertThat(PlanSeeding.seed(SYSTEMS, "毎月").systems()).allMatch(s -> s.frequency() == Frequency.MONTHLY);
        assertThat(PlanSeeding.seed(SYSTEMS, "それ未満").systems()).allMatch(s -> s.frequency() == Frequency.DAILY);
        assertThat(PlanSeeding.seed(SYSTEMS, "していない").systems()).allMatch(s -> s.frequency() == Frequency.DAILY);
        assertThat(PlanSeeding.seed(SYSTEMS, null).systems()).allMatch(s -> s.frequency() == Frequency.DAILY);
    }

    @Test
    void anEmrIsKnownByItsKindOrNameInAnyWidthButNotInsideAnotherWord() {
        assertThat(PlanSeeding.isEmr(new SystemEntry("x", "EMR", null, null))).isTrue();
        assertThat(PlanSeeding.isEmr(new SystemEntry("電カル", null, null, null))).isTrue();
        assertThat(PlanSeeding.isEmr(new SystemEntry("Memrise", "学習", null, null))).isFalse();
        assertThat(PlanSeeding.isEmr(new SystemEntry("部門システム", "検査", null, null))).isFalse();
    }

    @Test
    void aSystemWithoutANameIsNotSeeded() {
        assertThat(PlanSeeding.seed(List.of(new SystemEntry(" ", "EMR", null, null)), "毎日").systems()).isEmpty();
    }
}
