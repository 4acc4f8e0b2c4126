package jp.mamori.inventory.domain;

/**
 * A rename or an appliance name: a device or KEV entry of {@code from} is also one of {@code to}. A {@code from}
 * without a product stands for every product of the vendor; a {@code to} without one keeps the product as it is.
 */
public record KevAlias(Side from, Side to, Origin origin) {

    /** Who wrote the alias: it ships with Mamori, or the ministry added it; loading the shipped ones keeps the ministry's. */
    public enum Origin { SHIPPED, MINISTRY }

    public record Side(String vendor, String product) {
        public Side {
            vendor = vendor == null ? null : vendor.strip();
            product = product == null || product.isBlank() ? null : product.strip();
        }
    }
}
