package jp.mamori.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.mamori.jobs.JobRuns;
import jp.mamori.nomination.NominationService;
import jp.mamori.nomination.SubmissionState;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.security.UserAccountService;
import jp.mamori.selection.SelectionService;
import jp.mamori.selection.domain.PrefectureSummary;
import jp.mamori.shared.JapaneseDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily messages to prefectures: the deadline is N business days away (Japanese holidays counted),
 * and, once the deadline has passed, the prefecture is short of its quota. Safe to run more than once a
 * day: each message is keyed by its deadline and reminder.
 */
@Component
public class NotificationJobs {

    public static final String DAILY = "notify-daily";

    private final JobRuns runs;
    private final Outbox outbox;
    private final ProgramService programs;
    private final NominationService nominations;
    private final SelectionService selection;
    private final UserAccountService accounts;
    private final Clock clock;
    private final List<Integer> reminderDays;

    NotificationJobs(JobRuns runs, Outbox outbox, ProgramService programs, NominationService nominations, SelectionService selection,
                     UserAccountService accounts, Clock clock,
                     @Value("${mamori.notify.reminder-business-days:5,1}") List<Integer> reminderDays) {
        this.runs = runs;
        this.outbox = outbox;
        this.programs = programs;
        this.nominations = nominations;
        this.selection = selection;
        this.accounts = accounts;
        this.clock = clock;
        this.reminderDays = List.copyOf(reminderDays);
    }

    /** Today's (Japan) daily run, unless this or another instance already did it; empty when skipped. */
    public Optional<Integer> runDailyOnce() {
        return runs.once(DAILY, LocalDate.now(clock.withZone(JapaneseDates.TOKYO)), this::runDaily);
    }

    /** Runs both jobs for today; returns how many messages were queued. */
    @Transactional
    public int runDaily() {
        return remindDeadlines() + reportShortfalls();
    }

    @Transactional
    public int remindDeadlines() {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        int queued = 0;
        for (Program program : programs.all()) {
            for (NominationService.PrefectureSubmission s : nominations.submissionsUnchecked(program.id())) {
                if (s.state() == SubmissionState.SUBMITTED || s.state() == SubmissionState.LATE
                        || program.definition().quota(s.prefecture()) == 0) {
                    continue;
                }
                for (int n : reminderDays) {
                    if (today.equals(Notifications.reminderDay(s.lastDay(), n))) {
                        queued += outbox.enqueue(Notifications.deadlineNear(program.id(), program.name(), s.prefecture(),
                                s.lastDay(), n, clock.instant(), accounts.prefectureEmails(s.prefecture()))) ? 1 : 0;
                    }
                }
            }
        }
        return queued;
    }

    @Transactional
    public int reportShortfalls() {
        int queued = 0;
        for (Program program : programs.all()) {
            for (PrefectureSummary s : selection.prefectureSummariesUnchecked(program.id())) {
                boolean closed = !program.window().isOpen(s.prefectureCode(), clock.instant());
                if (closed && s.quota() > s.prefectureSlotSelections()) {
                    queued += outbox.enqueue(Notifications.shortOfQuota(program.id(), program.name(), s.prefectureCode(),
                            program.window().lastDay(s.prefectureCode()), s.quota(), s.prefectureSlotSelections(),
                            accounts.prefectureEmails(s.prefectureCode()))) ? 1 : 0;
                }
            }
        }
        return queued;
    }
}
