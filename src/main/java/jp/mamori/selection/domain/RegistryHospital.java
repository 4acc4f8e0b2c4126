package jp.mamori.selection.domain;

import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** A hospital of the registry, with the facts designation candidates are ordered by. */
public record RegistryHospital(
        HospitalCode code,
        String name,
        PrefectureCode prefecture,
        Integer beds,
        boolean disasterBase,
        boolean acuteCare,
        boolean emergency) {

    public RegistryHospital {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prefecture, "prefecture");
        name = name == null ? "" : name;
    }

    /** Unknown beds count as 0, as for nominations. */
    public int bedsForRules() {
        return beds == null ? 0 : beds;
    }

    /** No rank: a registry hospital has not been nominated. */
    public PriorityFacts priorityFacts() {
        return new PriorityFacts(code, prefecture, null, disasterBase, acuteCare, emergency, bedsForRules());
    }
}
