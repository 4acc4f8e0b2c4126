package jp.mamori.selection.domain;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** A nomination held by the book: the facts it was decided on, and the decision. */
public record Nomination(Candidate candidate, Decision decision) {

    public HospitalCode hospital() {
        return candidate.hospitalCode();
    }

    public PrefectureCode prefecture() {
        return candidate.prefecture();
    }

    public DecisionStatus status() {
        return decision.status();
    }

    public boolean waitlisted() {
        return decision.status() == DecisionStatus.WAITLISTED;
    }

    /** The band recorded on the decision (for a selection: the band it was selected in). */
    public String band() {
        return decision.band();
    }
}
