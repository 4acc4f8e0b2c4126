package jp.mamori.registry;

import jp.mamori.shared.PrefectureCode;

/** Search criteria; every field optional. {@code text} matches name (kana-insensitive), code or address. */
public record HospitalSearch(String text, PrefectureCode prefecture, Integer minBeds, Integer maxBeds,
                             Boolean disasterBase, Boolean acuteCare, int page, int size) {

    public HospitalSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }

    public HospitalSearch withPrefecture(PrefectureCode p) {
        return new HospitalSearch(text, p, minBeds, maxBeds, disasterBase, acuteCare, page, size);
    }
}
