package jp.mamori.inventory;

/**
 * A person created a finding or moved one, in that transaction: what an approved report rests on. The system's own
 * suggestions raised or withdrawn are not such a change (the report does not show SUGGESTED findings), nor is a
 * suggestion dismissed.
 */
public record FindingsChanged(long caseId) {
}
