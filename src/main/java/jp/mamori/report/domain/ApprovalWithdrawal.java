package jp.mamori.report.domain;

/**
 * What a change to the case's data (or to the text) does to the current version: an approval rests on what it
 * approved, so it is withdrawn; a delivered version is frozen, so the change goes into a new draft after it.
 */
public final class ApprovalWithdrawal {

    public enum Outcome {
        /** A draft stays a draft. */
        NOTHING,
        /** Back to draft, and REPORT's done date cleared (unless the case was already delivered). */
        WITHDRAW,
        /** The delivered version stays as it was; a new draft (version + 1, the text copied) takes the change. */
        NEW_VERSION
    }

    private ApprovalWithdrawal() {
    }

    public static Outcome after(VersionState current) {
        return switch (current) {
            case DRAFT -> Outcome.NOTHING;
            case APPROVED -> Outcome.WITHDRAW;
            case DELIVERED -> Outcome.NEW_VERSION;
        };
    }
}
