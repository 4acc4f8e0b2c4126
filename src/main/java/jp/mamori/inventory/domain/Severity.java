package jp.mamori.inventory.domain;

/** Worst first: the order of the constants is the order findings are shown in. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO
}
