package jp.mamori.dashboard.domain;

import java.util.Map;

/**
 * The same table after suppression: null = suppressed. national: key -> value; prefectures: pref -> key -> value.
 * Every key of the table is present in every row (in the table's order; prefectures by code).
 */
public record Suppressed(String name, Map<String, Long> national, Map<String, Map<String, Long>> prefectures) {
}
