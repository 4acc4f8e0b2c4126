package jp.mamori.dashboard.domain;

import java.util.Objects;
import java.util.Set;

/** One published figure before suppression: how much, and which hospitals it rests on. */
public record Cell(long value, Set<String> hospitals) {

    public static final Cell EMPTY = new Cell(0, Set.of());

    public Cell {
        hospitals = Set.copyOf(Objects.requireNonNull(hospitals, "hospitals"));
    }

    /** A cell no hospital contributes to: it says something about every hospital of its row, not about none. */
    public boolean restsOnNoHospital() {
        return hospitals.isEmpty();
    }
}
