package jp.mamori.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.security.UserAccountService;
import jp.mamori.selection.SelectionChanged;
import jp.mamori.shared.Contact;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns selection events into messages: selected, waitlisted (once, after the first fill that leaves the
 * hospital waiting), replaced in, withdrawal recorded, and the prefecture's notice of a replacement.
 * <p>
 * The event is recorded as pending in its own transaction (cheap, so a national fill stays fast), and
 * turned into one message per hospital just after it commits; the sender's loop picks up anything a
 * restart interrupted. Messages are keyed by event, so working a pending event twice adds nothing.
 */
@Component
public class SelectionNotifier {

    private static final Set<String> FILLS = Set.of("PrefectureFilled", "AllPrefecturesFilled", "NationalFilled",
            "HospitalDesignated");
    /** Waitlisted hospitals hear it once per program, whatever fill it was. */
    private static final long FIRST_WAIT = 0;

    private final PendingNotices pending;
    private final Outbox outbox;
    private final ProgramService programs;
    private final NominationService nominations;
    private final UserAccountService accounts;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final boolean async;

    SelectionNotifier(PendingNotices pending, Outbox outbox, ProgramService programs, NominationService nominations,
                      UserAccountService accounts, Clock clock, TransactionTemplate transactions,
                      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
                      @Value("${mamori.notify.fan-out-async:true}") boolean async) {
        this.pending = pending;
        this.outbox = outbox;
        this.programs = programs;
        this.nominations = nominations;
        this.accounts = accounts;
        this.clock = clock;
        this.transactions = transactions;
        this.executor = executor;
        this.async = async;
    }

    @EventListener
    void on(SelectionChanged event) {
        List<PendingNotices.Changed> changed = event.changed().stream()
                .map(d -> new PendingNotices.Changed(d.hospitalCode().value(), d.prefectureCode().value(), d.status().name(),
                        d.origin() == null ? null : d.origin().name(), d.waitlistPosition(),
                        d.replaces() == null ? null : d.replaces().value()))
                .toList();
        pending.add(event.programId(), event.seq(), event.eventType(), LocalDate.now(clock.withZone(JapaneseDates.TOKYO)), changed);
        if (async && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> drain());
                }
            });
        }
    }

    /** Turns every pending event into its messages, one event per transaction; returns how many messages were queued. */
    public int drain() {
        int queued = 0;
        while (true) {
            Integer n = transactions.execute(status -> pending.claimOldest().map(p -> {
                int added = outbox.enqueueAll(messages(p));
                pending.remove(p.id());
                return added;
            }).orElse(null));
            if (n == null) {
                return queued;
            }
            queued += n;
        }
    }

    private List<OutgoingMessage> messages(PendingNotices.Pending p) {
        Program program = programs.find(p.programId()).orElse(null);
        if (program == null) {
            return List.of();
        }
        Map<HospitalCode, Nomination> rows = nominations.nominationsOf(program.id(),
                p.decisions().stream().map(d -> new HospitalCode(d.hospitalCode())).toList());
        boolean fill = FILLS.contains(p.eventType());
        List<OutgoingMessage> messages = new ArrayList<>();
        for (PendingNotices.Changed d : p.decisions()) {
            HospitalCode code = new HospitalCode(d.hospitalCode());
            Nomination n = rows.get(code);
            if (n == null) {
                continue;
            }
            List<String> to = emails(n);
            String name = n.row().hospitalName();
            switch (d.status()) {
                case "SELECTED" -> messages.add("REPLACEMENT".equals(d.origin())
                        ? Notifications.hospitalReplacedIn(program.id(), program.name(), code, name, to, p.seq())
                        : Notifications.hospitalSelected(program.id(), program.name(), code, name, to, p.seq()));
                case "WAITLISTED" -> {
                    if (fill) {
                        messages.add(Notifications.hospitalWaitlisted(program.id(), program.name(), code, name,
                                d.waitlistPosition(), to, FIRST_WAIT));
                    }
                }
                case "WITHDRAWN" -> {
                    messages.add(Notifications.withdrawalRecorded(program.id(), program.name(), code, name, p.occurredOn(), to,
                            p.seq()));
                    PendingNotices.Changed replacement = p.decisions().stream()
                            .filter(r -> "REPLACEMENT".equals(r.origin()) && d.hospitalCode().equals(r.replaces())
                                    && "SELECTED".equals(r.status()))
                            .findFirst().orElse(null);
                    Nomination replacementRow = replacement == null ? null : rows.get(new HospitalCode(replacement.hospitalCode()));
                    PrefectureCode pref = new PrefectureCode(d.prefectureCode());
                    messages.add(Notifications.replacementHappened(program.id(), program.name(), pref, code, name,
                            replacement == null ? null : new HospitalCode(replacement.hospitalCode()),
                            replacementRow == null ? null : replacementRow.row().hospitalName(),
                            accounts.prefectureEmails(pref), p.seq()));
                }
                default -> {
                }
            }
        }
        return messages;
    }

    private static List<String> emails(Nomination n) {
        return n.row().contacts().stream().map(Contact::email).filter(e -> e != null && !e.isBlank())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }
}
