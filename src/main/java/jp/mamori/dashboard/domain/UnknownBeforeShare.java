package jp.mamori.dashboard.domain;

/**
 * The share of connection points the hospitals did not know of before the survey. It is shown only when both of its
 * counts are: a share next to a shown total would give the suppressed count back.
 */
public final class UnknownBeforeShare {

    private UnknownBeforeShare() {
    }

    /** Unknown over unknown plus known, to four places; null when either count is suppressed or there are none. */
    public static Double of(Long unknown, Long known) {
        if (unknown == null || known == null || unknown + known == 0) {
            return null;
        }
        return Math.round(10000.0 * unknown / (unknown + known)) / 10000.0;
    }
}
