package jp.mamori.notify;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The survey's daily messages at 9:00 Japan time, once across instances; off with the other jobs in tests. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mamori.notify", name = "jobs-enabled", havingValue = "true", matchIfMissing = true)
class SurveyJobSchedule {

    private final SurveyJobs jobs;

    SurveyJobSchedule(SurveyJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${mamori.notify.daily-cron:0 0 9 * * *}", zone = "Asia/Tokyo")
    Optional<Integer> daily() {
        return jobs.runDailyOnce();
    }
}
