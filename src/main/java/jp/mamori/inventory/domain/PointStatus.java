package jp.mamori.inventory.domain;

/** How far a connection point has been confirmed; a {@code DISCONNECTED} point raises nothing. */
public enum PointStatus {
    DIAGRAM, HEARING, ONSITE, DISCONNECTED
}
