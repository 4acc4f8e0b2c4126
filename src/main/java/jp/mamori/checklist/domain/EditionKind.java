package jp.mamori.checklist.domain;

/** The ministry's self-check list, or the BCP confirmation table. */
public enum EditionKind {
    CHECKLIST, BCP
}
