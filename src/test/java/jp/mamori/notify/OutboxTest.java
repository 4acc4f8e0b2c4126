package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Queuing: inside the caller's transaction, once per dedupe key, rendered in Japanese when queued. */
@IntegrationTest
class OutboxTest {

    static final String PROGRAM = "令和7年度 医療機関におけるサイバーセキュリティ確保事業";

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    boolean inTransaction(OutgoingMessage m) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactionManager).execute(s -> outbox.enqueue(m)));
    }

    static long eventId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    static OutgoingMessage selected(List<String> to) {
        return Notifications.hospitalSelected("FY2025", PROGRAM, new HospitalCode("2710000001"), "府立テスト病院", to, eventId());
    }

    @Test
    void theSameEventIsQueuedOnce() {
        OutgoingMessage m = selected(List.of("it@osaka-test.example.jp"));
        assertThat(inTransaction(m)).isTrue();
        assertThat(inTransaction(m)).as("same dedupe key").isFalse();
        assertThat(repository.list(null, null, null).stream().filter(n -> n.dedupeKey().equals(m.dedupeKey()))).hasSize(1);
    }

    @Test
    void theMessageIsRenderedWhenQueuedWithThePrefectureNameFromTheRegistryAndAStableMessageId() {
        clock.set(Instant.parse("2025-07-01T01:02:03Z"));
        OutgoingMessage m = selected(List.of(" it@osaka-test.example.jp ", "IT@osaka-test.example.jp", "jimu@osaka-test.example.jp", ""));
        inTransaction(m);
        Notification n = repository.findByDedupeKey(m.dedupeKey()).orElseThrow();
        assertThat(n.event()).isEqualTo("HOSPITAL_SELECTED");
        assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(n.hospitalCode()).isEqualTo("2710000001");
        assertThat(n.prefectureCode()).isEqualTo("27");
        assertThat(n.to()).as("trimmed, repeats and blanks dropped").containsExactly("it@osaka-test.example.jp", "jimu@osaka-test.example.jp");
        assertThat(n.subject()).isEqualTo("【守り】支援対象に選定されました（府立テスト病院）");
        assertThat(n.body()).contains("大阪府のご担当").contains(PROGRAM).contains("医療機関コード 2710000001");
        assertThat(n.attempts()).isZero();
        assertThat(n.createdAt()).isEqualTo(Instant.parse("2025-07-01T01:02:03Z"));
        assertThat(n.nextAttemptAt()).as("due at once").isEqualTo(n.createdAt());
        assertThat(n.sentAt()).isNull();
        assertThat(n.messageId()).matches("<notification-" + n.id() + "\\.[0-9a-f]{10}@mamori>");
    }

    @Test
    void aMessageWithoutRecipientsIsKeptAsFailedWithTheReason() {
        OutgoingMessage none = Notifications.shortOfQuota("FY2025", PROGRAM, new PrefectureCode("01"),
                java.time.LocalDate.of(2025, 7, 18), 30, 10 + ThreadLocalRandom.current().nextInt(19), List.of());
        // A new deadline each run keeps the key unique in the shared database.
        OutgoingMessage m = new OutgoingMessage(none.event(), none.dedupeKey() + ":" + UUID.randomUUID(), null,
                none.prefecture(), List.of(), none.template(), none.model());
        inTransaction(m);
        Notification n = repository.findByDedupeKey(m.dedupeKey()).orElseThrow();
        assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.lastError()).isEqualTo("宛先のメールアドレスがありません");
        assertThat(n.to()).isEmpty();
        assertThat(n.retryable()).isFalse();
        assertThat(n.body()).contains("北海道");

        OutgoingMessage bad = selected(List.of("事務長", "not-an-address@"));
        inTransaction(bad);
        Notification b = repository.findByDedupeKey(bad.dedupeKey()).orElseThrow();
        assertThat(b.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(b.lastError()).startsWith("宛先のメールアドレスがありません").contains("事務長").contains("not-an-address@");
    }

    @Test
    void queuingNeedsTheCallersTransactionAndDisappearsWithItsRollback() {
        OutgoingMessage m = selected(List.of("it@osaka-test.example.jp"));
        assertThatThrownBy(() -> outbox.enqueue(m)).isInstanceOf(IllegalTransactionStateException.class);

        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.enqueue(m);
            throw new IllegalStateException("the selection change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repository.findByDedupeKey(m.dedupeKey())).isEmpty();
    }

    @Test
    void aNameWithALineBreakCannotSplitTheSubject() {
        OutgoingMessage m = Notifications.hospitalSelected("FY2025", PROGRAM, new HospitalCode("2710000001"),
                "府立\nテスト病院\r\nBcc: x@example.jp", List.of("it@osaka-test.example.jp"), eventId());
        inTransaction(m);
        Notification n = repository.findByDedupeKey(m.dedupeKey()).orElseThrow();
        assertThat(n.subject()).isEqualTo("【守り】支援対象に選定されました（府立 テスト病院 Bcc: x@example.jp）");
    }

    @Test
    void aMessageNeedsAnEventAKeyAndASafeTemplateName() {
        assertThatThrownBy(() -> new OutgoingMessage("hospital selected", "k", null, null, List.of(), "hospital-selected", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMessage("X", " ", null, null, List.of(), "hospital-selected", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMessage("X", "k", null, null, List.of(), "../layout", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
