package jp.mamori.inventory;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The rules' daily run at 2:30 Japan time, once across instances; off with the other jobs in tests. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mamori.notify", name = "jobs-enabled", havingValue = "true", matchIfMissing = true)
class InventoryJobSchedule {

    private final InventoryJobs jobs;

    InventoryJobSchedule(InventoryJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${mamori.inventory.rules-cron:0 30 2 * * *}", zone = "Asia/Tokyo")
    Optional<Integer> daily() {
        return jobs.runDailyOnce();
    }
}
