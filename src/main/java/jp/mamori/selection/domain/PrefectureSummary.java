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

    /** One prefecture's counts over its decisions. */
    public static PrefectureSummary of(SelectionRules rules, PrefectureCode prefecture, java.util.Collection<Decision> decisions) {
        int selected = 0;
        int inPrefectureSlots = 0;
        int waitlisted = 0;
        int ineligible = 0;
        int withdrawn = 0;
        for (Decision d : decisions) {
            if (!d.prefectureCode().equals(prefecture)) {
                continue;
            }
            switch (d.status()) {
                case SELECTED -> selected++;
                case WAITLISTED -> waitlisted++;
                case INELIGIBLE -> ineligible++;
                case WITHDRAWN -> withdrawn++;
            }
            if (d.isActivePrefectureSlot()) {
                inPrefectureSlots++;
            }
        }
        int quota = rules.quota(prefecture);
        return new PrefectureSummary(prefecture, quota, selected, inPrefectureSlots, waitlisted, ineligible, withdrawn,
                Math.max(0, quota - inPrefectureSlots));
    }
}
