package jp.mamori.inventory.domain;

/** The hospital-side termination of a connection point; any part may be unknown (null), a bare address is allowed. */
public record Device(String vendor, String product, String version, String address) {

    public static final Device UNKNOWN = new Device(null, null, null, null);
}
