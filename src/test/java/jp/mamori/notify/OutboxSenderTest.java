package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.mamori.shared.HospitalCode;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender against a real SMTP server (GreenMail on a free port), pointed at it at run time so the shared Spring
 * context stays the same. Each test mails its own domain, so messages other tests left queued do not count.
 */
@IntegrationTest
class OutboxSenderTest {

    static final String PROGRAM = "令和7年度 医療機関におけるサイバーセキュリティ確保事業";
    static final Instant START = Instant.parse("2025-07-14T00:00:00Z");

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxRepository repository;
    @Autowired
    MailTransport transport;
    @Autowired
    MailSettings settings;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    GreenMail smtp;
    int port;
    String domain;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        port = smtp.getSmtp().getPort();
        transport.pointAt("127.0.0.1", port);
        clock.set(START);
        domain = "h" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
    }

    @AfterEach
    void stopMailServer() {
        transport.reset();
        clock.reset();
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The mail server goes away; the same port refuses connections until it comes back. */
    void serverDown() {
        smtp.stop();
    }

    void serverBack() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    MimeMessage[] received() {
        return smtp.getReceivedMessagesForDomain(domain);
    }

    OutgoingMessage message(String... localParts) {
        List<String> to = java.util.Arrays.stream(localParts).map(l -> l + "@" + domain).toList();
        return Notifications.hospitalSelected("FY2025", PROGRAM, new HospitalCode("1310000001"), "都立テスト病院", to,
                System.nanoTime());
    }

    Notification queue(OutgoingMessage m) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> outbox.enqueue(m));
        return repository.findByDedupeKey(m.dedupeKey()).orElseThrow();
    }

    Notification queue(String... localParts) {
        return queue(message(localParts));
    }

    Notification reload(Notification n) {
        return repository.find(n.id()).orElseThrow();
    }

    @Test
    void oneEventMakesOneMailInJapaneseWithTheStableMessageId() throws Exception {
        OutgoingMessage m = message("johosys");
        Notification n = queue(m);
        assertThat(queue(m).id()).as("queued again: the same row").isEqualTo(n.id());

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
        sender.sendDue();

        MimeMessage[] mails = received();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("【守り】支援対象に選定されました（都立テスト病院）");
        assertThat((String) mail.getContent()).contains("都立テスト病院").contains("東京都のご担当").contains(PROGRAM)
                .isEqualTo(n.body());
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getMessageID()).isEqualTo(n.messageId());
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(settings.sender());
        assertThat(mail.getSentDate().toInstant()).isEqualTo(START);

        Notification sent = reload(n);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(START);
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void everyContactOfTheHospitalGetsTheOneMessage() throws Exception {
        Notification n = queue("johosys", "jimucho");
        sender.sendDue();
        MimeMessage[] mails = received();
        assertThat(mails).as("one copy in each mailbox").hasSize(2);
        assertThat(mails).allSatisfy(m -> assertThat(m.getMessageID()).isEqualTo(n.messageId()));
        assertThat(mails[0].getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("johosys@" + domain, "jimucho@" + domain);
    }

    @Test
    void whenTheServerIsDownTheMessageWaitsWithItsErrorAndGoesOutOnceWhenItIsBack() {
        Notification n = queue("johosys");
        serverDown();

        assertThat(sender.sendDue()).isZero();
        Notification waiting = reload(n);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("MailSendException").containsIgnoringCase("connect");
        assertThat(waiting.nextAttemptAt()).as("first retry after a minute").isEqualTo(START.plus(Duration.ofMinutes(1)));

        serverBack();
        clock.advance(Duration.ofSeconds(59));
        sender.sendDue();
        assertThat(reload(n).attempts()).as("not due yet").isEqualTo(1);
        assertThat(received()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        sender.sendDue();
        assertThat(received()).hasSize(1);
        Notification sent = reload(n);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void backoffDoublesUpToAnHourAndTheMessageFailsAfterTheLastAttempt() {
        Notification n = queue("johosys");
        serverDown();
        List<Duration> expected = List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L, 60L).stream()
                .map(Duration::ofMinutes).toList();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            sender.sendDue();
            Notification now = reload(n);
            assertThat(now.attempts()).isEqualTo(attempt);
            if (attempt < settings.maxAttempts()) {
                assertThat(now.status()).isEqualTo(NotificationStatus.QUEUED);
                assertThat(Duration.between(clock.instant(), now.nextAttemptAt())).isEqualTo(expected.get(attempt - 1));
                clock.set(now.nextAttemptAt());
            }
        }
        Notification failed = reload(n);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(12);
        assertThat(failed.lastError()).isNotBlank();

        clock.advance(Duration.ofDays(1));
        serverBack();
        sender.sendDue();
        assertThat(reload(n).attempts()).as("a FAILED message waits for a person").isEqualTo(12);
        assertThat(received()).isEmpty();
    }

    @Test
    void aSendThatDiesBeforeTheServerAcceptsItLosesNothingAndTheMessageGoesOutOnceLater() {
        Notification n = queue("johosys");
        JavaMailSenderImpl dying = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage m : messages) {
                    try {
                        if (n.messageId().equals(m.getMessageID())) {
                            throw new ProcessDied();
                        }
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                // Someone else's message: deliver it normally.
                JavaMailSenderImpl real = new JavaMailSenderImpl();
                real.setHost("127.0.0.1");
                real.setPort(port);
                real.send(messages);
            }
        };
        transport.use(dying, "dying");

        assertThatThrownBy(() -> sender.sendDue()).isInstanceOf(ProcessDied.class);
        Notification after = reload(n);
        assertThat(after.status()).as("rolled back").isEqualTo(NotificationStatus.QUEUED);
        assertThat(after.attempts()).isZero();
        assertThat(after.lastError()).isNull();
        assertThat(received()).isEmpty();

        // "After the restart"
        transport.pointAt("127.0.0.1", port);
        sender.sendDue();
        sender.sendDue();
        assertThat(received()).hasSize(1);
        assertThat(reload(n).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aMessageBeingSentIsSkippedByAnotherSenderNotSentTwice() throws Exception {
        Notification n = queue("johosys");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                // This transaction plays the first sender, holding the row while it talks to the mail server.
                jdbc.sql("SELECT id FROM notification WHERE id = :id FOR UPDATE").param("id", n.id()).query(Long.class).single();
                try {
                    other.submit(sender::sendDue).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                assertThat(received()).as("the second sender skipped the locked message").isEmpty();
            });
        } finally {
            other.shutdownNow();
        }
        assertThat(reload(n).status()).isEqualTo(NotificationStatus.QUEUED);
        sender.sendDue();
        assertThat(received()).hasSize(1);
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndMessagesStayQueued() {
        transport.reset();
        assertThat(transport.configured()).as("the test profile sets no MAMORI_SMTP_HOST").isFalse();
        Notification n = queue("johosys");
        assertThat(sender.sendDue()).isZero();
        Notification still = reload(n);
        assertThat(still.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(still.attempts()).isZero();
        assertThat(still.lastError()).isNull();
        assertThat(received()).isEmpty();
    }

    @Test
    void theEnvironmentsSettingsAreBoundWithTheirDefaults() {
        assertThat(settings.smtpConfigured()).as("the test profile's empty host").isFalse();
        assertThat(settings.smtpPort()).isEqualTo(25);
        assertThat(settings.sender()).isEqualTo("mamori@localhost");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.retryPolicy()).isEqualTo(new jp.mamori.notify.domain.RetryPolicy(12, Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    static final class ProcessDied extends Error {
        ProcessDied() {
            super("simulated: the process died while talking to the mail server");
        }
    }
}
