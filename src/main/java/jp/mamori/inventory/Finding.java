package jp.mamori.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;

/**
 * A finding as stored and shown (api-survey.md, "Findings").
 *
 * @param connectionId null for the hospital as a whole (or when its point was deleted)
 * @param rule         null for a finding a person wrote
 */
public record Finding(long id, long caseId, Long connectionId, String rule, Severity severity, String title,
                      String description, String recommendation, String reference, FindingState state,
                      Map<String, Object> evidence, Instant createdAt, String decidedBy, Instant decidedAt, String reason,
                      LocalDate fixedOn) {
}
