package jp.mamori.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.mamori.notify.domain.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages, one transaction per message: lock the row (FOR UPDATE SKIP LOCKED), hand the message to the
 * mail server, mark it SENT, commit.
 *
 * <p>Crash safety: the row stays locked and QUEUED until the server has accepted the message. If the process dies
 * before that, the transaction rolls back and the message is sent after the restart; nothing is lost. The one
 * window for a duplicate is between the server's acceptance and the commit (a crash, or the database failing,
 * in those milliseconds): the message is then sent again with the same Message-ID, which lets mail servers and
 * mail programs recognise and drop the copy. A second instance of the app skips locked rows, so it never sends a
 * message that is being sent.
 *
 * <p>A refused or unreachable send counts an attempt, keeps the error, and is retried with exponential backoff
 * ({@link RetryPolicy}); after the last attempt the message is FAILED until a person retries it. Without SMTP
 * settings nothing is claimed and every message stays QUEUED.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR = 2000;

    private final OutboxRepository repository;
    private final MailTransport transport;
    private final TransactionTemplate transactions;
    private final RetryPolicy retries;
    private final Clock clock;

    OutboxSender(OutboxRepository repository, MailTransport transport, PlatformTransactionManager transactionManager,
                 MailSettings settings, Clock clock) {
        this.repository = repository;
        this.transport = transport;
        this.transactions = new TransactionTemplate(transactionManager);
        this.retries = settings.retryPolicy();
        this.clock = clock;
    }

    private enum Result { SENT, FAILED, NOTHING_DUE }

    /**
     * Sends every message due now and returns how many the mail server accepted. Each message is tried at most once
     * per call: a failure moves its next attempt past the time this call started.
     */
    public int sendDue() {
        if (!transport.configured()) {
            return 0;
        }
        Instant dueBy = clock.instant();
        int sent = 0;
        int failed = 0;
        for (Result r = next(dueBy); r != Result.NOTHING_DUE; r = next(dueBy)) {
            if (r == Result.SENT) {
                sent++;
            } else {
                failed++;
            }
        }
        if (sent + failed > 0) {
            log.info("Notifications: {} sent, {} failed to send (will retry or need a person)", sent, failed);
        }
        return sent;
    }

    private Result next(Instant dueBy) {
        return transactions.execute(status -> sendOne(dueBy));
    }

    private Result sendOne(Instant dueBy) {
        Optional<Notification> claimed = repository.claimNextDue(dueBy);
        if (claimed.isEmpty()) {
            return Result.NOTHING_DUE;
        }
        Notification n = claimed.get();
        try {
            transport.send(n, clock.instant());
        } catch (RuntimeException e) {
            // Errors (a dying JVM) are not caught: the transaction rolls back and the message stays as it was.
            RetryPolicy.AfterFailure outcome = retries.afterFailure(n.attempts(), clock.instant());
            repository.markFailedAttempt(n.id(), outcome, describe(e));
            log.warn("Notification {} ({}) not sent, attempt {}{}: {}", n.id(), n.event(), outcome.attempts(),
                    outcome.givenUp() ? ", giving up" : ", next at " + outcome.nextAttemptAt(), describe(e));
            return Result.FAILED;
        }
        repository.markSent(n.id(), n.attempts() + 1, clock.instant());
        return Result.SENT;
    }

    /** The exception and its root cause, which usually says what the server answered or why it could not be reached. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
