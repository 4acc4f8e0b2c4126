package jp.mamori.notify;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning at 9:00 Japan time, once across all instances (each instance's schedule fires; the first claims the
 * day's run); {@code mamori.notify.jobs-enabled=false} turns it off (tests call the jobs).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "mamori.notify", name = "jobs-enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobSchedule {

    private final NotificationJobs jobs;

    NotificationJobSchedule(NotificationJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${mamori.notify.daily-cron:0 0 9 * * *}", zone = "Asia/Tokyo")
    Optional<Integer> daily() {
        return jobs.runDailyOnce();
    }
}
