package jp.mamori.survey.domain;

import java.time.LocalDate;

/** A step's planned date (may move) and done date (once set, only corrected with a reason). */
public record StepDates(LocalDate plannedOn, LocalDate doneOn) {

    public static final StepDates NONE = new StepDates(null, null);

    public boolean done() {
        return doneOn != null;
    }

    public StepDates withDone(LocalDate date) {
        return new StepDates(plannedOn, date);
    }

    public StepDates withPlanned(LocalDate date) {
        return new StepDates(date, doneOn);
    }
}
