package jp.mamori.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first-start steps on the database (item 4, item 15): a step that fails stays to do, and of two instances
 * starting at once on a fresh database only one does a step. The shared test database is set up already, so each
 * test clears the steps and puts them back as they were.
 */
@IntegrationTest
class FirstStartTest {

    @Autowired
    FirstStart firstStart;
    @Autowired
    JdbcClient jdbc;

    final AtomicInteger worked = new AtomicInteger();
    List<String> doneBefore;

    @BeforeEach
    void asOnAFreshDatabase() {
        doneBefore = jdbc.sql("SELECT step FROM setup_step WHERE done_at IS NOT NULL ORDER BY position").query(String.class).list();
        jdbc.sql("DELETE FROM setup_step").update();
    }

    @AfterEach
    void putBack() {
        jdbc.sql("DELETE FROM setup_step").update();
        for (int i = 0; i < doneBefore.size(); i++) {
            jdbc.sql("INSERT INTO setup_step (step, position, done_at) VALUES (:s, :p, now())")
                    .param("s", doneBefore.get(i)).param("p", i + 1).update();
        }
    }

    @Test
    void theFirstStepPlansTheSetUpAndADoneStepIsNotDoneAgain() {
        assertThat(firstStart.complete(SetupStep.ADMIN, worked::incrementAndGet)).isTrue();
        assertThat(firstStart.complete(SetupStep.ADMIN, worked::incrementAndGet)).isFalse();
        // the tests run with the demo off: its steps were never planned
        assertThat(firstStart.complete(SetupStep.DEMO_DATA, worked::incrementAndGet)).isFalse();
        assertThat(worked).hasValue(1);
        assertThat(jdbc.sql("SELECT step FROM setup_step WHERE done_at IS NOT NULL").query(String.class).list())
                .containsExactly("admin");
    }

    @Test
    void anInstallationPlannedWithTheOlderDemoGetsTheStepAddedSinceOnce() {
        List<String> older = List.of("admin", "demo-registry", "demo-program", "demo-data");
        for (int i = 0; i < older.size(); i++) {
            jdbc.sql("INSERT INTO setup_step (step, position, done_at) VALUES (:s, :p, now())").param("s", older.get(i)).param("p", i + 1).update();
        }
        assertThat(firstStart.complete(SetupStep.DEMO_SURVEY, worked::incrementAndGet)).isTrue();
        assertThat(firstStart.complete(SetupStep.DEMO_SURVEY, worked::incrementAndGet)).isFalse();
        assertThat(worked).hasValue(1);
        assertThat(jdbc.sql("SELECT step FROM setup_step ORDER BY position").query(String.class).list())
                .containsExactly("admin", "demo-registry", "demo-program", "demo-data", "demo-survey", "demo-report");
    }

    @Test
    void aStepThatFailsIsLeftToDoAndTheNextStartDoesIt() {
        assertThatThrownBy(() -> firstStart.complete(SetupStep.ADMIN, () -> {
            worked.incrementAndGet();
            throw new IllegalStateException("killed half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(firstStart.complete(SetupStep.ADMIN, worked::incrementAndGet)).isTrue();
        assertThat(worked).hasValue(2);
    }

    @Test
    void ofTwoInstancesStartingAtOnceOnlyOneDoesTheStep() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Boolean>> starts = List.of(
                    CompletableFuture.supplyAsync(() -> start(together), pool),
                    CompletableFuture.supplyAsync(() -> start(together), pool));
            List<Boolean> ran = List.of(starts.get(0).get(60, TimeUnit.SECONDS), starts.get(1).get(60, TimeUnit.SECONDS));
            assertThat(ran).containsExactlyInAnyOrder(true, false);
            assertThat(worked).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean start(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return firstStart.complete(SetupStep.ADMIN, worked::incrementAndGet);
    }
}
