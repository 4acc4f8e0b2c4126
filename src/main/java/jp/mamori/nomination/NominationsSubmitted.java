package jp.mamori.nomination;

import java.util.List;

import jp.mamori.shared.PrefectureCode;

/**
 * A prefecture submitted (or re-submitted) its list. Published inside the submitting transaction:
 * a listener that refuses it (e.g. a selected hospital left out) rolls the submission back.
 */
public record NominationsSubmitted(String programId, PrefectureCode prefecture, List<Nomination> nominations, String actor) {
}
