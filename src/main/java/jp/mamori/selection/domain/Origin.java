package jp.mamori.selection.domain;

/** How a hospital came to be selected (selection.md §2). */
public enum Origin {
    QUOTA,
    BAND_SPILL,
    DESIGNATION,
    REPLACEMENT,
    SURPLUS
}
