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

    /** The counts of api.md over a program's decisions (also those read back from storage). */
    public static Summary of(SelectionRules rules, java.util.Collection<Decision> decisions) {
        int selected = 0;
        int waitlisted = 0;
        int ineligible = 0;
        int withdrawn = 0;
        java.util.Map<jp.mamori.shared.PrefectureCode, Integer> prefectureSlots = new java.util.HashMap<>();
        for (Decision d : decisions) {
            switch (d.status()) {
                case SELECTED -> selected++;
                case WAITLISTED -> waitlisted++;
                case INELIGIBLE -> ineligible++;
                case WITHDRAWN -> withdrawn++;
            }
            if (d.isActivePrefectureSlot()) {
                prefectureSlots.merge(d.prefectureCode(), 1, Integer::sum);
            }
        }
        int openPrefecture = 0;
        for (jp.mamori.shared.PrefectureCode p : rules.quotas().keySet()) {
            openPrefecture += Math.max(0, rules.quota(p) - prefectureSlots.getOrDefault(p, 0));
        }
        return new Summary(rules.nationalCapacity(), selected, waitlisted, ineligible, withdrawn, openPrefecture,
                rules.nationalCapacity() - selected);
    }
}
