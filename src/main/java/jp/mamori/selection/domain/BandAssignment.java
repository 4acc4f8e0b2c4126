package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;

import java.util.List;
import java.util.Optional;

/** A hospital's band: the one whose [minBeds, maxBeds] contains its beds (selection.md, Inputs). */
public final class BandAssignment {

    private BandAssignment() {
    }

    /** Empty when unbanded or when no band contains the beds. */
    public static Optional<BedBand> bandOf(List<BedBand> bands, int beds) {
        return bands.stream().filter(b -> b.contains(beds)).findFirst();
    }

    /** Beds from the nomination, else the registry; unknown beds count as 0. */
    public static Optional<BedBand> bandOf(SelectionRules rules, Candidate candidate) {
        return bandOf(rules.bands(), candidate.bedsForRules());
    }
}
