package jp.mamori.inventory;

import org.springframework.stereotype.Component;

/** Placeholder until the findings' rematch is merged in: a load raises no suggestions yet. */
@Component
class NoRematchYet implements KevRematch {

    @Override
    public int rematchOpenCases() {
        return 0;
    }
}
