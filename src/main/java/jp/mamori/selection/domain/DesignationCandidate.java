package jp.mamori.selection.domain;

/**
 * A registry hospital a prefecture short of its quota might designate.
 *
 * @param position 1 = best
 * @param placedJa the attributes that placed it, by priority key (e.g. 「災害拠点病院・急性期・500床」)
 */
public record DesignationCandidate(int position, RegistryHospital hospital, String placedJa, String placedEn) {
}
