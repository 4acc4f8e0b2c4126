package jp.mamori.selection.domain;

/**
 * The program's counts as api.md defines them: openPrefectureSlots = Σ over prefectures of
 * max(0, q(p) − active PREFECTURE-slot selections); openNationalSlots = C − active selections.
 */
public record Summary(
        int nationalCapacity,
        int selected,
        int waitlisted,
        int ineligible,
        int withdrawn,
        int openPrefectureSlots,
        int openNationalSlots) {
}
