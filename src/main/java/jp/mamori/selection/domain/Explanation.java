package jp.mamori.selection.domain;

/** One line in Japanese and in English. */
public record Explanation(String ja, String en) {
}
