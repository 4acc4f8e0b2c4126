package jp.mamori.backup.domain;

/** How often a system's copy is taken. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY
}
