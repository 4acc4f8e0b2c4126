package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The SMTP connection as built from the environment's settings, without Spring. */
class MailTransportTest {

    static MailSettings settings(String host, Duration timeout) {
        return new MailSettings(host, null, "mamori", "smtp-secret", null, null, null, null, timeout, 12,
                Duration.ofMinutes(1), Duration.ofHours(1));
    }

    static Notification message() {
        return new Notification(1, "HOSPITAL_SELECTED", "k", "1310000001", "13", List.of("it@example.jp"), "件名", "本文\n",
                NotificationStatus.QUEUED, 0, null, Instant.EPOCH, Instant.EPOCH, null, "<notification-1.abc@mamori>");
    }

    @Test
    void aBlankHostMeansNoSmtp() {
        assertThat(new MailTransport(settings("", Duration.ofSeconds(10))).configured()).isFalse();
        assertThat(new MailTransport(settings("  ", Duration.ofSeconds(10))).configured()).isFalse();
        assertThat(new MailTransport(settings(null, Duration.ofSeconds(10))).configured()).isFalse();
        MailTransport set = new MailTransport(settings("smtp.example.jp", Duration.ofSeconds(10)));
        assertThat(set.configured()).isTrue();
        assertThat(set.describe()).isEqualTo("smtp.example.jp:25");
        assertThat(set.from()).isEqualTo("mamori@localhost");
    }

    @Test
    void aServerThatAcceptsTheConnectionButNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            MailTransport transport = new MailTransport(settings("127.0.0.1", Duration.ofMillis(300)));
            transport.pointAt("127.0.0.1", silent.getLocalPort());
            assertThatThrownBy(() -> transport.send(message(), Instant.EPOCH))
                    .isInstanceOf(MailSendException.class)
                    .satisfies(e -> assertThat(OutboxSender.describe(e)).containsIgnoringCase("timeout"));
        }
    }

    @Test
    void thePasswordNeverAppearsInTheSettingsText() {
        assertThat(settings("smtp.example.jp", Duration.ofSeconds(10)).toString())
                .doesNotContain("smtp-secret").contains("password=****").contains("smtp.example.jp");
    }
}
