package jp.mamori.checklist.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One answer: the choice, the day it was checked, and for a NO the day it is to be put right. */
public record Answer(Choice answer, LocalDate checkedOn, LocalDate targetOn) {

    public Answer {
        Objects.requireNonNull(answer, "answer");
    }

    public static Answer na() {
        return new Answer(Choice.NA, null, null);
    }
}
