package jp.mamori.checklist.domain;

/** はい / いいえ / 該当なし (NA: the gate said no, or the item does not apply). */
public enum Choice {
    YES("はい"), NO("いいえ"), NA("該当なし");

    private final String japanese;

    Choice(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
