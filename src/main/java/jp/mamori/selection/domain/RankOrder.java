package jp.mamori.selection.domain;

import java.util.Comparator;

/**
 * A prefecture's own order: nominated hospitals by 支援の順位, designated hospitals after all of
 * them (selection.md §3), then hospital code so the order is total.
 */
public final class RankOrder {

    public static final Comparator<Candidate> CANDIDATES = Comparator
            .comparing(Candidate::designated)
            .thenComparingInt(Candidate::rank)
            .thenComparing(Candidate::hospitalCode);

    public static final Comparator<Nomination> NOMINATIONS = Comparator.comparing(Nomination::candidate, CANDIDATES);

    private RankOrder() {
    }
}
