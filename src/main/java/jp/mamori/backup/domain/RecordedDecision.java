package jp.mamori.backup.domain;

import java.time.Instant;

/** One decision as the hospital recorded it; {@code decision} null when it was taken back (or the plan declined). */
public record RecordedDecision(Decision decision, String recordedBy, Instant recordedAt) {
}
