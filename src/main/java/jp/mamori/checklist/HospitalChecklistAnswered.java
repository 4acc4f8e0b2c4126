package jp.mamori.checklist;

/** A hospital's own answers to an edition were stored, in the answer's transaction. */
public record HospitalChecklistAnswered(String hospitalCode, String edition, boolean complete) {
}
