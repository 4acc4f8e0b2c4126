package jp.mamori.nomination;

import java.time.Instant;

import jp.mamori.shared.PrefectureCode;

/** A prefecture's list as a whole: draft or submitted, when and by whom, and its version for safe edits. */
public record NominationList(String programId, PrefectureCode prefecture, Status status, Instant submittedAt,
                             String submittedBy, String source, String fileName, Instant updatedAt, String updatedBy,
                             int version) {

    public enum Status {
        /** Edited on the page since the last submission; selection still works from the last submitted list. */
        DRAFT,
        SUBMITTED
    }
}
