package jp.mamori.nomination;

/** How a hospital came onto a prefecture's list: nominated by the prefecture, or designated directly (直接指定). */
public enum NominationOrigin {
    NOMINATED,
    DESIGNATED
}
