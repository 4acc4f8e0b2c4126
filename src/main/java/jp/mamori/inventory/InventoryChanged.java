package jp.mamori.inventory;

/** A case's connection inventory changed (a point added, changed or deleted), in the change's transaction. */
public record InventoryChanged(long caseId) {
}
