package jp.mamori.inventory.domain;

/** The kind of line a connection point runs over; {@code UNKNOWN} is a value the hearing can give. */
public enum Line {
    INTERNET_VPN, CLOSED_NETWORK, DEDICATED_LINE, MOBILE, DIALUP, OTHER, UNKNOWN
}
