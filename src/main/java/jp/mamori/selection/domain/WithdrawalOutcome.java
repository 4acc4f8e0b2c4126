package jp.mamori.selection.domain;

import java.util.Optional;

/** A withdrawal: the withdrawn decision and, when someone was waiting, its replacement. */
public record WithdrawalOutcome(Decision withdrawn, Optional<Decision> replacement, SelectionOutcome outcome) {
}
