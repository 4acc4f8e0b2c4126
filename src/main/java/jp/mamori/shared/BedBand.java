package jp.mamori.shared;

import java.util.Objects;

/**
 * 病床規模の帯: a bed-size band with its own share of a prefecture's quota.
 *
 * @param maxBeds inclusive upper bound; {@code null} means no upper bound
 */
public record BedBand(String id, int minBeds, Integer maxBeds) {

    public BedBand {
        Objects.requireNonNull(id, "band id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("band id is blank");
        }
        if (minBeds < 0) {
            throw new IllegalArgumentException("band " + id + ": minBeds < 0");
        }
        if (maxBeds != null && maxBeds < minBeds) {
            throw new IllegalArgumentException("band " + id + ": maxBeds < minBeds");
        }
    }

    public static BedBand from(String id, int minBeds) {
        return new BedBand(id, minBeds, null);
    }

    public static BedBand of(String id, int minBeds, int maxBeds) {
        return new BedBand(id, minBeds, maxBeds);
    }

    public boolean contains(int beds) {
        return beds >= minBeds && (maxBeds == null || beds <= maxBeds);
    }

    public boolean overlaps(BedBand other) {
        long thisMax = maxBeds == null ? Long.MAX_VALUE : maxBeds;
        long otherMax = other.maxBeds == null ? Long.MAX_VALUE : other.maxBeds;
        return minBeds <= otherMax && other.minBeds <= thisMax;
    }
}
