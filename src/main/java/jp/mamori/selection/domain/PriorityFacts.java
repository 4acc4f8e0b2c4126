package jp.mamori.selection.domain;

import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * What the priority keys look at. The national fill's event keeps these, so a later registry
 * change does not change how the fill replays.
 *
 * @param rank {@code null} for a hospital that has not been nominated
 */
public record PriorityFacts(
        HospitalCode hospital,
        PrefectureCode prefecture,
        Integer rank,
        boolean disasterBase,
        boolean acuteCare,
        boolean emergency,
        int beds) {

    public PriorityFacts {
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(prefecture, "prefecture");
    }
}
