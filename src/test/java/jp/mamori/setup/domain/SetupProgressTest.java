package jp.mamori.setup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The bookkeeping of first-start steps (item 4): what is planned, what is due, what is left. */
class SetupProgressTest {

    static final List<String> ALL = List.of("admin", "demo-registry", "demo-program", "demo-data");

    @Test
    void theFirstStartPlansEveryStepWithTheDemoAndTheAdministratorAloneWithout() {
        assertThat(SetupProgress.firstStart(ALL, true)).containsExactlyElementsOf(ALL);
        assertThat(SetupProgress.firstStart(ALL, false)).containsExactly("admin");
    }

    @Test
    void aFreshDatabaseIsUnplannedAndAnyPlannedOneIsNot() {
        assertThat(new SetupProgress(List.of(), Set.of()).unplanned()).isTrue();
        assertThat(new SetupProgress(List.of("admin"), Set.of("admin")).unplanned()).isFalse();
    }

    @Test
    void aStartKilledAfterTheRegistryLeavesTheProgramDueThenTheDemoData() {
        SetupProgress killed = new SetupProgress(ALL, Set.of("admin", "demo-registry"));
        assertThat(killed.pending()).containsExactly("demo-program", "demo-data");
        assertThat(killed.isDue("demo-program")).isTrue();
        assertThat(killed.isDue("demo-data")).as("waits for the program").isFalse();
        assertThat(killed.isDue("admin")).as("done steps are not done again").isFalse();
    }

    @Test
    void aStepNeverPlannedIsNeverDue() {
        SetupProgress withoutDemo = new SetupProgress(List.of("admin"), Set.of("admin"));
        assertThat(withoutDemo.isDue("demo-registry")).isFalse();
        assertThat(withoutDemo.isDue("demo-data")).isFalse();
        assertThat(withoutDemo.pending()).isEmpty();
    }

    @Test
    void everyStepDoneLeavesNothingDue() {
        SetupProgress complete = new SetupProgress(ALL, Set.copyOf(ALL));
        assertThat(ALL).noneMatch(complete::isDue);
        assertThat(complete.pending()).isEmpty();
    }

    @Test
    void aStepAddedByANewerVersionIsPlannedOnADemoInstallationAndDueOnceTheOlderDemoIsDone() {
        List<String> newer = List.of("admin", "demo-registry", "demo-program", "demo-data", "demo-survey");
        SetupProgress olderDemo = new SetupProgress(ALL, Set.copyOf(ALL));
        assertThat(olderDemo.added(newer)).containsExactly("demo-survey");
        SetupProgress replanned = new SetupProgress(newer, Set.copyOf(ALL));
        assertThat(replanned.isDue("demo-survey")).isTrue();
        assertThat(replanned.added(newer)).isEmpty();
        assertThat(new SetupProgress(newer, Set.of("admin")).isDue("demo-survey")).as("waits for the older demo").isFalse();
    }

    @Test
    void aRealInstallationGetsNoDemoStepByAnUpgrade() {
        SetupProgress real = new SetupProgress(List.of("admin"), Set.of("admin"));
        assertThat(real.added(List.of("admin", "demo-registry", "demo-program", "demo-data", "demo-survey"))).isEmpty();
    }
}
