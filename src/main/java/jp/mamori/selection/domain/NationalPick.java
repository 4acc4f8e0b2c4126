package jp.mamori.selection.domain;

/**
 * A national-fill choice with what it was chosen on.
 *
 * @param contenders how many waitlist heads it was compared with (itself included)
 */
public record NationalPick(Pick pick, PriorityFacts facts, int contenders) {
}
