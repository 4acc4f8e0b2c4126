package jp.mamori.selection;

import java.util.List;

import jp.mamori.selection.domain.Decision;

/** Published in the transaction that stored a selection event, with the decisions it changed. */
public record SelectionChanged(String programId, int seq, String eventType, List<Decision> changed) {
}
