package jp.mamori.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 都道府県の枠 q(p) and, in a banded program, its split q(p,b) by band id.
 * The band quotas of a banded program add up to the quota; {@link SelectionRules} checks that.
 */
public record PrefectureQuota(int quota, Map<String, Integer> bandQuotas) {

    public PrefectureQuota {
        if (quota < 0) {
            throw new IllegalArgumentException("quota < 0");
        }
        Objects.requireNonNull(bandQuotas, "band quotas");
        bandQuotas.forEach((band, q) -> {
            if (q == null || q < 0) {
                throw new IllegalArgumentException("band " + band + ": quota missing or < 0");
            }
        });
        bandQuotas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bandQuotas));
    }

    public static PrefectureQuota of(int quota) {
        return new PrefectureQuota(quota, Map.of());
    }

    /** A banded quota whose total is the sum of its bands. */
    public static PrefectureQuota banded(Map<String, Integer> bandQuotas) {
        int sum = bandQuotas.values().stream().mapToInt(Integer::intValue).sum();
        return new PrefectureQuota(sum, bandQuotas);
    }

    /** A band without its own quota has none. */
    public int bandQuota(String bandId) {
        return bandQuotas.getOrDefault(bandId, 0);
    }
}
