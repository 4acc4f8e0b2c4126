package jp.mamori.selection.domain;

import jp.mamori.shared.PrefectureCode;

/**
 * One prefecture's counts for the dashboard.
 *
 * @param selected                active selections of either slot kind
 * @param prefectureSlotSelections active PREFECTURE-slot selections (the dashboard's fill rate)
 * @param openSlots                max(0, quota − prefectureSlotSelections)
 */
public record PrefectureSummary(
        PrefectureCode prefectureCode,
        int quota,
        int selected,
        int prefectureSlotSelections,
        int waitlisted,
        int ineligible,
        int withdrawn,
        int openSlots) {
}
