package jp.mamori.inventory;

/**
 * Matching every open case's inventory again after a newer KEV catalogue or alias table is in place, in the
 * loader's transaction: the Handa hospital never learned of the flaw that let the attackers in.
 */
public interface KevRematch {

    /** @return how many new KEV_MATCH suggestions were raised */
    int rematchOpenCases();
}
