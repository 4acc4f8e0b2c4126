package jp.mamori.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.jobs.JobRuns;
import jp.mamori.notify.domain.BusinessCalendar;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.shared.Contact;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.survey.CaseContacts;
import jp.mamori.survey.CaseDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's daily messages on business days: each contractor organization's overdue cases (one message, none
 * when it has none), and the hospital's reminder a few business days before a planned hearing or visit. Keyed by
 * day and by planned date, so running twice queues nothing new.
 */
@Component
public class SurveyJobs {

    public static final String DAILY = "survey-daily";

    private final JobRuns runs;
    private final Outbox outbox;
    private final CaseDigest digest;
    private final CaseContacts contacts;
    private final Organizations organizations;
    private final Clock clock;
    private final int visitReminderDays;

    SurveyJobs(JobRuns runs, Outbox outbox, CaseDigest digest, CaseContacts contacts, Organizations organizations, Clock clock,
               @Value("${mamori.notify.visit-reminder-business-days:3}") int visitReminderDays) {
        this.runs = runs;
        this.outbox = outbox;
        this.digest = digest;
        this.contacts = contacts;
        this.organizations = organizations;
        this.clock = clock;
        this.visitReminderDays = visitReminderDays;
    }

    public Optional<Integer> runDailyOnce() {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        return runs.once(DAILY, today, () -> runDaily(today));
    }

    /** Both messages for {@code today}; nothing on a day the ministry does not work. Returns how many were queued. */
    @Transactional
    public int runDaily(LocalDate today) {
        BusinessCalendar calendar = BusinessCalendar.japan();
        if (calendar.covers(today) && !calendar.isBusinessDay(today)) {
            return 0;
        }
        return reportOverdue(today) + remindVisits(today, calendar);
    }

    int reportOverdue(LocalDate today) {
        int queued = 0;
        for (Map.Entry<String, List<CaseDigest.OverdueCase>> e : digest.overdueByOrganization(today).entrySet()) {
            Organization org = organizations.find(e.getKey()).orElse(null);
            if (org == null) {
                continue;
            }
            List<Map<String, Object>> lines = e.getValue().stream().map(c -> Map.<String, Object>of(
                    "caseId", c.caseId(), "hospitalName", c.hospitalName(), "hospitalCode", c.hospital().value(),
                    "programName", c.programName(),
                    "steps", String.join("、", c.steps()))).toList();
            Map<String, Object> model = new HashMap<>();
            model.put("organizationName", org.name());
            model.put("today", today.toString());
            model.put("count", lines.size());
            model.put("cases", lines);
            model.put("programName", e.getValue().get(0).programName());
            queued += outbox.enqueue(new OutgoingMessage("CASES_OVERDUE", "CASES_OVERDUE:" + org.id() + ":" + today, null, null,
                    org.email() == null ? List.of() : List.of(org.email()), "cases-overdue", model)) ? 1 : 0;
        }
        return queued;
    }

    int remindVisits(LocalDate today, BusinessCalendar calendar) {
        int queued = 0;
        // A date falling on a holiday is reminded on the business day that is N business days before it.
        for (int ahead = 1; ahead <= visitReminderDays * 3 + 10; ahead++) {
            LocalDate day = today.plusDays(ahead);
            if (!calendar.covers(day) || !today.equals(calendar.businessDaysBefore(day, visitReminderDays))) {
                continue;
            }
            for (CaseDigest.PlannedVisit v : digest.plannedOn(day)) {
                Map<String, Object> model = new HashMap<>();
                model.put("programName", v.programName());
                model.put("hospitalName", v.hospitalName());
                model.put("hospitalCode", v.hospital().value());
                model.put("stepName", v.stepName());
                model.put("plannedOn", JapaneseDates.withWareki(v.plannedOn()));
                model.put("plannedTime", v.plannedTime());
                model.put("organizationName", v.organizationId() == null ? null
                        : organizations.find(v.organizationId()).map(Organization::name).orElse(null));
                List<String> to = contacts.of(v.caseId()).stream().map(Contact::email).filter(m -> m != null && !m.isBlank()).toList();
                queued += outbox.enqueue(new OutgoingMessage("CASE_VISIT_NEAR",
                        "CASE_VISIT_NEAR:" + v.caseId() + ":" + v.step() + ":" + v.plannedOn(), v.hospital(), null, to,
                        "case-visit-near", model)) ? 1 : 0;
            }
        }
        return queued;
    }
}
