package jp.mamori.inventory;

import jp.mamori.inventory.domain.ConnectionPoint;

/** A connection point as stored, with the version a save must name to overwrite it. */
public record StoredConnection(ConnectionPoint point, int version) {
}
