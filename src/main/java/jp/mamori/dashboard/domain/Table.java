package jp.mamori.dashboard.domain;

/** One family of figures: prefecture code -> key -> cell; the national row is their sum, computed by the policy; a missing cell is Cell(0, {}). */
public record Table(String name, java.util.List<String> keys, java.util.Map<String, java.util.Map<String, Cell>> prefectures) { }
