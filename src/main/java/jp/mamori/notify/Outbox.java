package jp.mamori.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.notify.domain.MailText;
import jp.mamori.notify.domain.Recipients;
import jp.mamori.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages. Runs inside the caller's transaction (MANDATORY): the message is stored together with the change
 * it announces, or not at all, and is sent only after that transaction commits.
 */
@Service
public class Outbox {

    static final String NO_RECIPIENTS = "宛先のメールアドレスがありません";

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Registry registry;
    private final Clock clock;

    Outbox(OutboxRepository repository, MailTemplates templates, MailSettings settings, Registry registry, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.settings = settings;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Renders the message in Japanese and queues it. Returns false, changing nothing, when a message with the same
     * dedupe key was queued before. A message with no usable address is stored as FAILED with the reason, so the
     * ministry sees whom nobody told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMessage message) {
        return repository.insert(row(message));
    }

    /** Queues many messages at once, each as {@link #enqueue} would; returns how many were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueAll(java.util.List<OutgoingMessage> messages) {
        return messages.isEmpty() ? 0 : repository.insertAll(messages.stream().map(this::row).toList());
    }

    private OutboxRepository.NewRow row(OutgoingMessage message) {
        MailText text = templates.render(message.template(), modelFor(message));
        Recipients.Checked to = Recipients.check(message.to());
        String error = null;
        NotificationStatus status = NotificationStatus.QUEUED;
        if (to.none()) {
            status = NotificationStatus.FAILED;
            error = to.invalid().isEmpty() ? NO_RECIPIENTS : NO_RECIPIENTS + "（形式が正しくない宛先: " + String.join(", ", to.invalid()) + "）";
        } else if (!to.invalid().isEmpty()) {
            log.warn("Notification {} leaves out addresses that cannot be mail addresses: {}", message.dedupeKey(), to.invalid());
        }
        return new OutboxRepository.NewRow(message.event(), message.dedupeKey(),
                message.hospital() == null ? null : message.hospital().value(),
                message.prefecture() == null ? null : message.prefecture().value(),
                to.valid(), text.subject(), text.body(), status, error, clock.instant());
    }

    /** The caller's values plus what every template may use: the prefecture's name, whom to ask, the app's address. */
    private Map<String, Object> modelFor(OutgoingMessage message) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (message.prefecture() != null) {
            model.put("prefectureName", registry.prefecture(message.prefecture()).nameJa());
        }
        model.put("contact", settings.programContact());
        model.put("appUrl", settings.appLink());
        model.putAll(message.model());
        return model;
    }
}
