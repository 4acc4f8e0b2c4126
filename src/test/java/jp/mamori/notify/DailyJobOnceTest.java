package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jp.mamori.jobs.JobRuns;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several instances each fire the 9:00 job: one does the day's run and records it, the others skip (item 15). */
@IntegrationTest
class DailyJobOnceTest {

    @Autowired
    NotificationJobs jobs;
    @Autowired
    JobRuns runs;
    @Autowired
    TestPrograms programs;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
    }

    long messages() {
        return jdbc.sql("SELECT count(*) FROM notification").query(Long.class).single();
    }

    @Test
    void twoInstancesFiringTheDailyJobAtOnceQueueOneSetOfMessagesAndTheDayIsNotRunTwice() throws Exception {
        // deadline Friday 2026-06-12: Thursday 6/11 is one business day before it
        String pid = programs.create(10, Map.of("10", 2), LocalDate.of(2026, 6, 12));
        accounts.createUnchecked(new NewUser("gunma-" + pid.toLowerCase(), "Gunma-Kenchou-01", Role.PREFECTURE,
                new PrefectureCode("10"), null, "群馬県", "担当", "gunma-" + pid.toLowerCase() + "@example.jp"));
        clock.set(Instant.parse("2026-06-11T00:00:00Z")); // 09:00 JST
        long before = messages();

        // two schedules (as on two instances), each with its own transaction, released at the same moment
        NotificationJobSchedule first = new NotificationJobSchedule(jobs);
        NotificationJobSchedule second = new NotificationJobSchedule(jobs);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Optional<Integer>> a = CompletableFuture.supplyAsync(() -> fire(first, together), pool);
            CompletableFuture<Optional<Integer>> b = CompletableFuture.supplyAsync(() -> fire(second, together), pool);
            List<Optional<Integer>> results = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

            assertThat(results).filteredOn(Optional::isPresent).as("exactly one instance ran the day").hasSize(1);
            assertThat(results).filteredOn(Optional::isEmpty).as("the other skipped").hasSize(1);
            int queued = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            assertThat(queued).isPositive();
            assertThat(messages() - before).as("one set of messages").isEqualTo(queued);
            assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE event = 'DEADLINE_NEAR' AND dedupe_key LIKE :k")
                    .param("k", "%:" + pid + ":10:%").query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        JobRuns.Run run = runs.runs(NotificationJobs.DAILY).stream()
                .filter(r -> r.runDate().equals(LocalDate.of(2026, 6, 11))).findFirst().orElseThrow();
        assertThat(run.instance()).isNotBlank();
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-06-11T00:00:00Z"));
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.queued()).isEqualTo((int) (messages() - before));

        long afterFirstRun = messages();
        clock.set(Instant.parse("2026-06-11T05:00:00Z")); // the same day in Japan, a restarted instance fires again
        assertThat(jobs.runDailyOnce()).isEmpty();
        assertThat(messages()).isEqualTo(afterFirstRun);
    }

    /** What the schedule's 9:00 trigger does on one instance. */
    private Optional<Integer> fire(NotificationJobSchedule schedule, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return schedule.daily();
    }
}
