package jp.mamori.survey;

import java.time.Instant;

/** One line of a case's history: who did what when, with an optional note. */
public record CaseHistoryEntry(Instant at, String by, String what, String note) {
}
