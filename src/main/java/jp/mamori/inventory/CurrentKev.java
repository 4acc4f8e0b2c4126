package jp.mamori.inventory;

import jp.mamori.inventory.domain.KevLookup;

/** The KEV catalogue loaded now, with its alias table: what the KEV_MATCH rule matches devices against. */
public interface CurrentKev {

    KevLookup lookup();
}
