package jp.mamori.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender every {@code mamori.mail.poll-delay} (15 s) after the previous run ends, so runs never overlap.
 * {@code mamori.mail.sender-enabled=false} turns it off (the tests do, and call {@link OutboxSender#sendDue()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "mamori.mail", name = "sender-enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;
    private final SelectionNotifier notices;

    OutboxSchedule(OutboxSender sender, SelectionNotifier notices) {
        this.sender = sender;
        this.notices = notices;
    }

    @Scheduled(fixedDelayString = "${mamori.mail.poll-delay:15s}", initialDelayString = "${mamori.mail.poll-delay:15s}")
    void sendDue() {
        // events whose messages a restart interrupted are worked first
        notices.drain();
        sender.sendDue();
    }
}
