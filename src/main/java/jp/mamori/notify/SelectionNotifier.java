package jp.mamori.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.security.UserAccountService;
import jp.mamori.selection.SelectionChanged;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.selection.domain.Origin;
import jp.mamori.shared.Contact;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.JapaneseDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns selection events into messages, in the transaction that stored the event: selected, waitlisted
 * (once, after the first fill that leaves the hospital waiting), replaced in, withdrawal recorded, and
 * the prefecture's notice of a replacement.
 */
@Component
class SelectionNotifier {

    private static final Set<String> FILLS = Set.of("PrefectureFilled", "AllPrefecturesFilled", "NationalFilled",
            "HospitalDesignated");
    /** Waitlisted hospitals hear it once per program, whatever fill it was. */
    private static final long FIRST_WAIT = 0;

    private final Outbox outbox;
    private final ProgramService programs;
    private final NominationService nominations;
    private final UserAccountService accounts;
    private final Clock clock;

    SelectionNotifier(Outbox outbox, ProgramService programs, NominationService nominations, UserAccountService accounts,
                      Clock clock) {
        this.outbox = outbox;
        this.programs = programs;
        this.nominations = nominations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void on(SelectionChanged event) {
        Program program = programs.find(event.programId()).orElseThrow();
        List<Decision> changed = event.changed();
        Map<HospitalCode, Nomination> rows = nominations.nominationsOf(program.id(),
                changed.stream().map(Decision::hospitalCode).toList());
        boolean fill = FILLS.contains(event.eventType());
        for (Decision d : changed) {
            Nomination n = rows.get(d.hospitalCode());
            if (n == null) {
                continue;
            }
            List<String> to = emails(n);
            String name = n.row().hospitalName();
            if (d.status() == DecisionStatus.SELECTED) {
                outbox.enqueue(d.origin() == Origin.REPLACEMENT
                        ? Notifications.hospitalReplacedIn(program.id(), program.name(), d.hospitalCode(), name, to, event.seq())
                        : Notifications.hospitalSelected(program.id(), program.name(), d.hospitalCode(), name, to, event.seq()));
            } else if (d.status() == DecisionStatus.WAITLISTED && fill) {
                outbox.enqueue(Notifications.hospitalWaitlisted(program.id(), program.name(), d.hospitalCode(), name,
                        d.waitlistPosition(), to, FIRST_WAIT));
            } else if (d.status() == DecisionStatus.WITHDRAWN) {
                LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
                outbox.enqueue(Notifications.withdrawalRecorded(program.id(), program.name(), d.hospitalCode(), name, today, to,
                        event.seq()));
                Decision replacement = changed.stream()
                        .filter(r -> r.origin() == Origin.REPLACEMENT && d.hospitalCode().equals(r.replaces())
                                && r.status() == DecisionStatus.SELECTED)
                        .findFirst().orElse(null);
                Nomination replacementRow = replacement == null ? null : rows.get(replacement.hospitalCode());
                outbox.enqueue(Notifications.replacementHappened(program.id(), program.name(), d.prefectureCode(),
                        d.hospitalCode(), name, replacement == null ? null : replacement.hospitalCode(),
                        replacementRow == null ? null : replacementRow.row().hospitalName(),
                        accounts.prefectureEmails(d.prefectureCode()), event.seq()));
            }
        }
    }

    private static List<String> emails(Nomination n) {
        return n.row().contacts().stream().map(Contact::email).filter(e -> e != null && !e.isBlank())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)).stream().toList();
    }
}
