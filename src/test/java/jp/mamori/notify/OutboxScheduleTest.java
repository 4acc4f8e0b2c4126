package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The background run: on by default, driven by mamori.mail.poll-delay, off with mamori.mail.sender-enabled=false. */
class OutboxScheduleTest {

    final CountDownLatch runs = new CountDownLatch(2);

    ApplicationContextRunner runner() {
        MailSettings settings = new MailSettings(null, null, null, null, null, null, null, null, Duration.ofSeconds(10), 12,
                Duration.ofMinutes(1), Duration.ofHours(1));
        OutboxSender counting = new OutboxSender(null, null, new DataSourceTransactionManager(), settings, Clock.systemUTC()) {
            @Override
            public int sendDue() {
                runs.countDown();
                return 0;
            }
        };
        SelectionNotifier nothingPending = new SelectionNotifier(null, null, null, null, null, null, null, null, false) {
            @Override
            public int drain() {
                return 0;
            }
        };
        return new ApplicationContextRunner()
                .withBean(OutboxSender.class, () -> counting)
                .withBean(SelectionNotifier.class, () -> nothingPending)
                .withUserConfiguration(OutboxSchedule.class);
    }

    @Test
    void theSenderRunsRepeatedlyByDefault() {
        runner().withPropertyValues("mamori.mail.poll-delay=20ms").run(context -> {
            assertThat(context).hasSingleBean(OutboxSchedule.class);
            assertThat(runs.await(30, TimeUnit.SECONDS)).as("two scheduled runs").isTrue();
        });
    }

    @Test
    void itCanBeSwitchedOff() {
        runner().withPropertyValues("mamori.mail.sender-enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(OutboxSchedule.class));
    }
}
