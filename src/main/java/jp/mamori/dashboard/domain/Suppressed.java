package jp.mamori.dashboard.domain;

/** A table as it may be published: null where a figure is suppressed. */
public record Suppressed(String name, java.util.Map<String, Long> national, java.util.Map<String, java.util.Map<String, Long>> prefectures) { }
