package jp.mamori.nomination;

/** What the ministry sees per prefecture: 未着手 / 下書き / 提出済み / 期限超過. */
public enum SubmissionState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    LATE
}
