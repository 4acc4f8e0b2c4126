package jp.mamori.shared;

import java.util.List;

/**
 * 優先順位の基準 for the national surplus and the designation candidates (selection.md §4),
 * each meaning "this comes first".
 */
public enum PriorityKey {
    /** 災害拠点病院 first. */
    DISASTER_BASE,
    /** 急性期 first. */
    ACUTE_CARE,
    /** More beds first. */
    BEDS,
    /** Lower 支援の順位 first; hospitals without a rank (registry candidates) tie. */
    PREFECTURE_RANK,
    /** Lower prefecture code first. */
    PREFECTURE_CODE,
    /** Lower hospital code first. */
    HOSPITAL_CODE,
    /** 救急告示 first. Not among the defaults; a program may add it. */
    EMERGENCY;

    /** The order of selection.md §4. */
    public static final List<PriorityKey> DEFAULTS =
            List.of(DISASTER_BASE, ACUTE_CARE, BEDS, PREFECTURE_RANK, PREFECTURE_CODE, HOSPITAL_CODE);
}
