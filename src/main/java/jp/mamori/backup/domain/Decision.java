package jp.mamori.backup.domain;

import java.time.LocalDate;

/** @param until only for DEFER: the date by which the hospital means to decide */
public record Decision(DecisionChoice choice, LocalDate decidedOn, LocalDate until) {
}
