package jp.mamori.selection.domain;

/** selection.md §2. SELECTED and WITHDRAWN are final: no fill or submission changes them. */
public enum DecisionStatus {
    /** 選定. */
    SELECTED,
    /** 待機: eligible, no slot yet. */
    WAITLISTED,
    /** 対象外. */
    INELIGIBLE,
    /** 辞退. */
    WITHDRAWN;

    public boolean isFinal() {
        return this == SELECTED || this == WITHDRAWN;
    }
}
