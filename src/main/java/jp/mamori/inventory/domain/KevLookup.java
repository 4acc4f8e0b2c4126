package jp.mamori.inventory.domain;

import java.util.List;

/** The KEV entries a device's vendor and product match; a device without a product matches nothing. */
@FunctionalInterface
public interface KevLookup {

    KevLookup NONE = (vendor, product) -> List.of();

    List<KevEntry> matches(String vendor, String product);
}
