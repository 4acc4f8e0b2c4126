package jp.mamori.inventory.domain;

/** How the far end proves who it is when it connects. */
public enum Authentication {
    PASSWORD, CERTIFICATE, TWO_FACTOR, NONE, UNKNOWN
}
