package jp.mamori.backup.domain;

/** The hospital's answer to a proposed plan: buy it, decide later (by a date), or not buy it. */
public enum DecisionChoice {
    ADOPT, DEFER, DECLINE
}
