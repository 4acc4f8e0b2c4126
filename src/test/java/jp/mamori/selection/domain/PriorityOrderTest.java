package jp.mamori.selection.domain;

import jp.mamori.shared.PriorityKey;

import static jp.mamori.selection.domain.Fixtures.HOKKAIDO;
import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mamori.shared.PrefectureCode;

class PriorityOrderTest {

    private static PriorityFacts facts(PrefectureCode p, int n, Integer rank, boolean disaster, boolean acute, int beds) {
        return new PriorityFacts(code(p, n), p, rank, disaster, acute, false, beds);
    }

    @Test
    void defaultKeysOrderDisasterBaseThenAcuteCareThenBedsThenRankThenPrefectureThenHospital() {
        List<PriorityFacts> best = List.of(
                facts(OSAKA, 9, 9, true, false, 20),      // disaster base beats everything after it
                facts(OSAKA, 8, 9, false, true, 20),      // acute care next
                facts(OSAKA, 7, 9, false, false, 900),    // then more beds
                facts(OSAKA, 6, 1, false, false, 100),    // same beds: lower rank
                facts(OSAKA, 5, 2, false, false, 100),
                facts(TOKYO, 4, 3, false, false, 100),    // same beds and rank: lower prefecture code
                facts(OSAKA, 2, 3, false, false, 100),    // same prefecture: lower hospital code
                facts(OSAKA, 3, 3, false, false, 100));
        List<PriorityFacts> shuffled = new ArrayList<>(best);
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(PriorityOrder.of(PriorityKey.DEFAULTS));
        assertThat(shuffled).containsExactlyElementsOf(best);
    }

    @Test
    void aTieOnEveryKeyFallsToTheHospitalCode() {
        PriorityFacts a = facts(HOKKAIDO, 2, 1, true, true, 100);
        PriorityFacts b = facts(HOKKAIDO, 1, 1, true, true, 100);
        assertThat(PriorityOrder.of(List.of(PriorityKey.BEDS)).compare(b, a)).isNegative();
    }

    @Test
    void theProgramsKeysDecideTheOrder() {
        PriorityFacts big = facts(TOKYO, 1, 5, false, false, 800);
        PriorityFacts disaster = facts(TOKYO, 2, 1, true, false, 100);
        assertThat(PriorityOrder.of(PriorityKey.DEFAULTS).compare(disaster, big)).isNegative();
        assertThat(PriorityOrder.of(List.of(PriorityKey.BEDS, PriorityKey.DISASTER_BASE)).compare(big, disaster))
                .isNegative();
    }

    @Test
    void anUnrankedHospitalComesAfterARankedOneOnTheRankKey() {
        PriorityFacts ranked = facts(TOKYO, 2, 40, false, false, 100);
        PriorityFacts unranked = facts(TOKYO, 1, null, false, false, 100);
        assertThat(PriorityOrder.of(List.of(PriorityKey.PREFECTURE_RANK)).compare(ranked, unranked)).isNegative();
    }
}
