package jp.mamori.registry;

/** The flags the ministry's office sets by hand (no public list of disaster base hospitals exists). */
public record HospitalFlags(boolean disasterBase, boolean acuteCare, boolean emergency) {
}
