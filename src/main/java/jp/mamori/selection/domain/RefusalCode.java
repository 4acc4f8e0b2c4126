package jp.mamori.selection.domain;

/** Why the book refused an operation; nothing was changed. */
public enum RefusalCode {
    /** A re-submission left out a selected hospital; withdrawal is its own action (§5). */
    SELECTED_HOSPITAL_REMOVED,
    /** Only a selected hospital can withdraw (api.md: 409). */
    NOT_SELECTED,
    /** The hospital has no nomination in this program. */
    UNKNOWN_HOSPITAL,
    /** A designation of a hospital already nominated in this program (withdrawn ones included). */
    ALREADY_NOMINATED,
    /** A nomination of another prefecture. */
    WRONG_PREFECTURE,
    /** The same hospital twice in one list, or already on another prefecture's list. */
    DUPLICATE_HOSPITAL,
    /** The same rank twice in one list. */
    DUPLICATE_RANK
}
