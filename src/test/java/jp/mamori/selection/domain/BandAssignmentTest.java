package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;

import static jp.mamori.selection.domain.Fixtures.S_L;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.fy2025;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BandAssignmentTest {

    @Test
    void aBandContainsBothOfItsBounds() {
        BedBand s = BedBand.of("S", 20, 199);
        assertThat(s.contains(19)).isFalse();
        assertThat(s.contains(20)).isTrue();
        assertThat(s.contains(199)).isTrue();
        assertThat(s.contains(200)).isFalse();
    }

    @Test
    void aBandWithoutMaxBedsHasNoUpperBound() {
        assertThat(BedBand.from("L", 200).contains(Integer.MAX_VALUE)).isTrue();
    }

    @Test
    void findsTheBandFromTheBeds() {
        assertThat(BandAssignment.bandOf(S_L, 150)).map(BedBand::id).contains("S");
        assertThat(BandAssignment.bandOf(S_L, 200)).map(BedBand::id).contains("L");
        assertThat(BandAssignment.bandOf(S_L, 19)).isEmpty();
        assertThat(BandAssignment.bandOf(List.of(), 150)).as("unbanded").isEmpty();
    }

    @Test
    void bedsInAGapBetweenBandsHaveNoBand() {
        List<BedBand> gap = List.of(BedBand.of("S", 20, 99), BedBand.from("L", 200));
        assertThat(BandAssignment.bandOf(gap, 150)).isEmpty();
    }

    @Test
    void theBandComesFromTheNominationBedsElseTheRegistryElseZero() {
        SelectionRules rules = fy2025().bands(S_L).build();
        assertThat(BandAssignment.bandOf(rules, candidate(TOKYO, 1, 1).beds(300).registryBeds(50).build()))
                .map(BedBand::id).contains("L");
        assertThat(BandAssignment.bandOf(rules, candidate(TOKYO, 1, 1).beds(null).registryBeds(50).build()))
                .map(BedBand::id).contains("S");
        assertThat(BandAssignment.bandOf(rules, candidate(TOKYO, 1, 1).beds(null).build())).isEmpty();
        assertThat(BandAssignment.bandOf(fy2025().bands(List.of(BedBand.from("ALL", 0))).build(),
                candidate(TOKYO, 1, 1).beds(null).build())).map(BedBand::id).contains("ALL");
    }
}
