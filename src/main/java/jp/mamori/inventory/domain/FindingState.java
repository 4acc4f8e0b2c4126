package jp.mamori.inventory.domain;

/** Where a finding stands (survey.md, "Findings"); the hospital never sees SUGGESTED ones. */
public enum FindingState {
    SUGGESTED, OPEN, ACCEPTED, FIXED, DISMISSED
}
