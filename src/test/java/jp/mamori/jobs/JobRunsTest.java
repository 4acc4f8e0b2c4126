package jp.mamori.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The once-a-day claim any daily job uses (the deadline reminders now, the contractors' overdue notices next). */
@IntegrationTest
class JobRunsTest {

    @Autowired
    JobRuns runs;

    final String job = "test-" + UUID.randomUUID();
    final LocalDate day = LocalDate.of(2026, 7, 1);
    final AtomicInteger worked = new AtomicInteger();

    @Test
    void aDayIsRunOnceAndRecordedAndTheNextDayRunsAgain() {
        assertThat(runs.once(job, day, () -> worked.incrementAndGet() * 3)).contains(3);
        assertThat(runs.once(job, day, worked::incrementAndGet)).isEmpty();
        assertThat(runs.once(job, day.plusDays(1), () -> worked.incrementAndGet() * 0)).contains(0);

        assertThat(worked).hasValue(2);
        assertThat(runs.runs(job)).extracting(JobRuns.Run::runDate).containsExactly(day.plusDays(1), day);
        assertThat(runs.runs(job)).extracting(JobRuns.Run::queued).containsExactly(0, 3);
    }

    @Test
    void aRunThatFailsLeavesTheDayUnclaimedSoTheNextTriggerDoesIt() {
        assertThatThrownBy(() -> runs.once(job, day, () -> {
            worked.incrementAndGet();
            throw new IllegalStateException("the mail templates could not be read");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs.runs(job)).isEmpty();

        assertThat(runs.once(job, day, () -> worked.incrementAndGet())).contains(2);
        assertThat(runs.runs(job)).singleElement().extracting(JobRuns.Run::queued).isEqualTo(2);
    }
}
