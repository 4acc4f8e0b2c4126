package jp.mamori.inventory;

/**
 * Matching a newer KEV catalogue raised new suggestions on an open case: its organization is told. {@code key} is
 * unique to this raise (the first new finding's id), so a replay queues nothing twice.
 */
public record KevSuggestionsRaised(long caseId, String programId, String hospitalCode, String organizationId, int count,
                                   long key) {
}
