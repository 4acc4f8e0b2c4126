package jp.mamori.survey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.StepDates;

/** One step of a case as stored: its dates, the plan (time, duration, who goes) and, for the hearing, how and with whom. */
public record StepRow(CaseStep step, LocalDate plannedOn, LocalTime plannedTime, Integer durationMinutes, List<String> surveyors,
                      LocalDate doneOn, String mode, List<Attendee> attendees) {

    public StepRow {
        surveyors = surveyors == null ? List.of() : List.copyOf(surveyors);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public static StepRow empty(CaseStep step) {
        return new StepRow(step, null, null, null, List.of(), null, null, List.of());
    }

    public StepDates dates() {
        return new StepDates(plannedOn, doneOn);
    }

    public StepRow withDone(LocalDate date) {
        return new StepRow(step, plannedOn, plannedTime, durationMinutes, surveyors, date, mode, attendees);
    }

    /** Someone at the hearing: hospital staff or a vendor's, with the company's name. */
    public record Attendee(String name, String organization) {
    }
}
