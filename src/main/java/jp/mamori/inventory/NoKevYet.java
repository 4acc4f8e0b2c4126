package jp.mamori.inventory;

import jp.mamori.inventory.domain.KevLookup;
import org.springframework.stereotype.Component;

/** Placeholder until the KEV catalogue's own CurrentKev is merged: nothing matches. */
@Component
class NoKevYet implements CurrentKev {

    @Override
    public KevLookup lookup() {
        return KevLookup.NONE;
    }
}
