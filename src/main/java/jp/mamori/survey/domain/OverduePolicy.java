package jp.mamori.survey.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A step is overdue when it is not done and its due date has passed (survey.md "Deadlines and overdue"):
 * the planned date, the program's target after the previous step's done date, and for a hospital renewing
 * its systems this year the program's on-site deadline for ONSITE, whichever comes first.
 * A due date is the last day allowed: overdue from the day after.
 */
public final class OverduePolicy {

    private OverduePolicy() {
    }

    public static List<CaseStep> overdue(CaseSteps steps, SurveyTargets targets, LocalDate onsiteDeadline,
                                         boolean withdrawn, LocalDate today) {
        List<CaseStep> late = new ArrayList<>();
        if (withdrawn) {
            return late;
        }
        for (CaseStep step : CaseStep.values()) {
            LocalDate due = due(steps, targets, onsiteDeadline, step);
            if (!steps.isDone(step) && due != null && due.isBefore(today)) {
                late.add(step);
            }
        }
        return late;
    }

    /** The earliest date by which the step should be done, or null when nothing sets one yet. */
    public static LocalDate due(CaseSteps steps, SurveyTargets targets, LocalDate onsiteDeadline, CaseStep step) {
        LocalDate due = steps.get(step).plannedOn();
        CaseStep previous = step.previous();
        Integer days = targets.daysFor(step);
        if (previous != null && days != null && steps.isDone(previous)) {
            due = earliest(due, steps.get(previous).doneOn().plusDays(days));
        }
        if (step == CaseStep.ONSITE && onsiteDeadline != null) {
            due = earliest(due, onsiteDeadline);
        }
        return due;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
