package jp.mamori.selection.domain;

import java.util.Objects;

import jp.mamori.shared.HospitalCode;

/**
 * A hospital a rule chose for a slot, before the book records it.
 *
 * @param band the hospital's own band (null when unbanded or none fits)
 */
public record Pick(HospitalCode hospital, Slot slot, Origin origin, String band) {

    public Pick {
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(origin, "origin");
    }
}
