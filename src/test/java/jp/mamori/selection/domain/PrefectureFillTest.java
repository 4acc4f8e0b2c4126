package jp.mamori.selection.domain;

import jp.mamori.shared.RuleSet;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.PrefectureQuota;

import static jp.mamori.selection.domain.DecisionStatus.INELIGIBLE;
import static jp.mamori.selection.domain.DecisionStatus.SELECTED;
import static jp.mamori.selection.domain.DecisionStatus.WAITLISTED;
import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.banded;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.decision;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static jp.mamori.selection.domain.Fixtures.unbanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mamori.shared.FiscalYear;

class PrefectureFillTest {

    private final SelectionBook book = SelectionBook.empty();

    @Test
    void selectsInRankOrderUntilTheQuotaIsFilled() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 3));
        // submitted out of order: the rank decides, not the list order
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 5, 5), eligible(TOKYO, 1, 1), eligible(TOKYO, 4, 4),
                eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3)));

        book.fillPrefecture(rules, TOKYO);

        assertThat(book.decisions(TOKYO))
                .extracting(Decision::rank, Decision::status, Decision::slot, Decision::origin, Decision::waitlistPosition)
                .containsExactly(
                        tuple(1, SELECTED, Slot.PREFECTURE, Origin.QUOTA, null),
                        tuple(2, SELECTED, Slot.PREFECTURE, Origin.QUOTA, null),
                        tuple(3, SELECTED, Slot.PREFECTURE, Origin.QUOTA, null),
                        tuple(4, WAITLISTED, null, null, 1),
                        tuple(5, WAITLISTED, null, null, 2));
    }

    @Test
    void ineligibleNominationsKeepTheirRankButTakeNoSlot() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).consent(false).build(), eligible(TOKYO, 2, 2),
                candidate(TOKYO, 3, 3).beds(10).build(), eligible(TOKYO, 4, 4), eligible(TOKYO, 5, 5)));

        book.fillPrefecture(rules, TOKYO);

        assertThat(book.decisions(TOKYO)).extracting(Decision::rank, Decision::status).containsExactly(
                tuple(1, INELIGIBLE), tuple(2, SELECTED), tuple(3, INELIGIBLE), tuple(4, SELECTED), tuple(5, WAITLISTED));
        assertThat(decision(book, TOKYO, 1).reasons()).containsExactly(ReasonCode.NO_CONSENT);
    }

    @Test
    void submittingDoesNotFillButWaitlistsTheEligibleByRank() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 2, 2).consent(false).build(),
                eligible(TOKYO, 3, 3)));

        assertThat(book.decisions(TOKYO)).extracting(Decision::status, Decision::waitlistPosition)
                .containsExactly(tuple(WAITLISTED, 1), tuple(INELIGIBLE, null), tuple(WAITLISTED, 2));
        assertThat(decision(book, TOKYO, 1).explanationJa()).contains("選定処理の実行待ち");
    }

    @Test
    void aQuotaOfZeroSelectsNobody() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 0));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));

        assertThat(book.fillPrefecture(rules, TOKYO).newlySelected()).isEmpty();
        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WAITLISTED);
        assertThat(decision(book, TOKYO, 1).explanationJa()).contains("この都道府県の枠は0");
    }

    @Test
    void aPrefectureAbsentFromTheQuotasIsFilledWithNobody() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 5));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));

        book.fillAllPrefectures(rules);

        assertThat(decision(book, OSAKA, 1).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void aPrefectureWithNoNominationsChangesNothing() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 5));
        assertThat(book.fillPrefecture(rules, TOKYO).changedNothing()).isTrue();
        assertThat(book.fillAllPrefectures(rules).changedNothing()).isTrue();
        assertThat(book.decisions()).isEmpty();
    }

    @Test
    void runningAFillTwiceChangesNothingTheSecondTime() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2, OSAKA, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), eligible(OSAKA, 2, 2)));

        assertThat(book.fillAllPrefectures(rules).newlySelected()).hasSize(3);
        List<Decision> after = book.decisions();

        assertThat(book.fillAllPrefectures(rules).changedNothing()).isTrue();
        assertThat(book.fillPrefecture(rules, TOKYO).changedNothing()).isTrue();
        assertThat(book.decisions()).isEqualTo(after);
    }

    @Test
    void fillFillsOnlyTheNamedPrefecture() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1, OSAKA, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(SELECTED);
        assertThat(decision(book, OSAKA, 1).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void theFillStopsAtTheNationalCapacity() {
        SelectionRules rules = unbanded(3, Map.of(TOKYO, 2, OSAKA, 2));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), eligible(OSAKA, 2, 2)));

        book.fillAllPrefectures(rules);

        assertThat(book.summary(rules).selected()).isEqualTo(3);
        assertThat(decision(book, OSAKA, 2).status()).isEqualTo(WAITLISTED);
        assertThat(decision(book, OSAKA, 2).explanationJa()).contains("全国の受入上限3に達している");
    }

    @Test
    void designatedHospitalsAreRankedAfterAllNominations() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        // a re-submitted list that puts a designated hospital first does not let it jump the nominated
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 9, 1).designated(true).build(), eligible(TOKYO, 2, 2)));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 2).status()).isEqualTo(SELECTED);
        assertThat(decision(book, TOKYO, 9).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void aDesignatedHospitalSelectedByTheFillHasOriginDesignation() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 9, 2).designated(true).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 9).origin()).isEqualTo(Origin.DESIGNATION);
        assertThat(decision(book, TOKYO, 1).origin()).isEqualTo(Origin.QUOTA);
    }

    @Test
    void aFillNeverChangesASelectedOrWithdrawnDecisionEvenUnderChangedRules() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "");
        Decision withdrawn = decision(book, TOKYO, 1);
        Decision selected = decision(book, TOKYO, 2);

        // the ministry lowers the quota to 0, C to 1, and now reads the FY2024 table
        SelectionRules changed = SelectionRules.builder("FY2025", RuleSet.FY2024, FiscalYear.of(2025))
                .nationalCapacity(1).quota(TOKYO, 0).build();
        book.fillAllPrefectures(changed);
        book.fillNational(changed);

        assertThat(decision(book, TOKYO, 1)).isEqualTo(withdrawn);
        assertThat(decision(book, TOKYO, 2)).isEqualTo(selected);
    }

    @Test
    void undecidedNominationsFollowTheRulesOfEachEvent() {
        SelectionRules early = Fixtures.fy2025().quota(TOKYO, 1).build();
        Candidate renewing = candidate(TOKYO, 1, 1).renewalPlanned(true)
                .onsiteExpectedBy(Fixtures.ONSITE_DEADLINE.plusDays(10)).build();
        book.submit(early, TOKYO, List.of(renewing));
        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(INELIGIBLE);

        SelectionRules extended = early.toBuilder().onsiteCompletionDeadline(Fixtures.ONSITE_DEADLINE.plusMonths(1)).build();
        book.fillPrefecture(extended, TOKYO);

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(SELECTED);
        assertThat(SelectionBook.replay(book.history()).decisions()).isEqualTo(book.decisions());
    }

    // ---- bands --------------------------------------------------------------------------

    @Test
    void selectsInRankOrderUntilBandQuotaIsFilled() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 2, "L", 1)));
        book.submit(rules, TOKYO, List.of(
                candidate(TOKYO, 1, 1).beds(500).build(),
                candidate(TOKYO, 2, 2).beds(400).build(),
                candidate(TOKYO, 3, 3).beds(50).build(),
                candidate(TOKYO, 4, 4).beds(60).build(),
                candidate(TOKYO, 5, 5).beds(70).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(book.decisions(TOKYO)).extracting(Decision::rank, Decision::status, Decision::band, Decision::origin)
                .containsExactly(
                        tuple(1, SELECTED, "L", Origin.QUOTA),
                        tuple(2, WAITLISTED, "L", null),
                        tuple(3, SELECTED, "S", Origin.QUOTA),
                        tuple(4, SELECTED, "S", Origin.QUOTA),
                        tuple(5, WAITLISTED, "S", null));
        assertThat(decision(book, TOKYO, 2).explanationJa()).contains("帯Lの枠1はすべて選定済み");
    }

    @Test
    void withoutSpillAnEmptyBandsSlotStaysOpen() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(50).build(),
                candidate(TOKYO, 2, 2).beds(60).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(SELECTED);
        assertThat(decision(book, TOKYO, 2).status()).isEqualTo(WAITLISTED);
        assertThat(book.summary(rules).openPrefectureSlots()).isEqualTo(1);
    }

    @Test
    void withSpillAnEmptyBandsSlotGoesToTheBestRemainingOfAnyBand() {
        SelectionRules rules = banded(100, true, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(50).build(),
                candidate(TOKYO, 2, 2).beds(60).build(), candidate(TOKYO, 3, 3).beds(70).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(book.decisions(TOKYO)).extracting(Decision::rank, Decision::status, Decision::origin)
                .containsExactly(tuple(1, SELECTED, Origin.QUOTA), tuple(2, SELECTED, Origin.BAND_SPILL),
                        tuple(3, WAITLISTED, null));
        assertThat(decision(book, TOKYO, 2).band()).as("its own band").isEqualTo("S");
        assertThat(decision(book, TOKYO, 2).explanationJa()).contains("他の帯の空き枠を融通して");
    }

    @Test
    void theBandPhaseComesBeforeSpillEvenForABetterRank() {
        SelectionRules rules = banded(100, true, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(50).build(),
                candidate(TOKYO, 2, 2).beds(60).build(), candidate(TOKYO, 3, 3).beds(700).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(book.decisions(TOKYO)).extracting(Decision::rank, Decision::status)
                .containsExactly(tuple(1, SELECTED), tuple(2, WAITLISTED), tuple(3, SELECTED));
    }

    @Test
    void aHospitalNoBandFitsWaitsWithoutSpillAndSpillsWithIt() {
        List<BedBand> gap = List.of(BedBand.of("S", 20, 99), BedBand.from("L", 200));
        SelectionRules noSpill = Fixtures.fy2025().bands(gap)
                .quota(TOKYO, PrefectureQuota.banded(Map.of("S", 1, "L", 1))).build();
        SelectionRules spill = noSpill.toBuilder().bandSpill(true).build();
        book.submit(noSpill, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(150).build()));

        book.fillPrefecture(noSpill, TOKYO);
        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WAITLISTED);
        assertThat(decision(book, TOKYO, 1).band()).isNull();
        assertThat(decision(book, TOKYO, 1).explanationJa()).contains("病床数150床に該当する病床帯がない");

        book.fillPrefecture(spill, TOKYO);
        assertThat(decision(book, TOKYO, 1).origin()).isEqualTo(Origin.BAND_SPILL);
    }

    @Test
    void nullBedsAreIneligibleAndFitNoBand() {
        SelectionRules rules = banded(100, true, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(null).build()));

        book.fillPrefecture(rules, TOKYO);

        Decision d = decision(book, TOKYO, 1);
        assertThat(d.status()).isEqualTo(INELIGIBLE);
        assertThat(d.reasons()).containsExactly(ReasonCode.BEDS_UNDER_20);
        assertThat(d.band()).isNull();
        assertThat(d.explanationJa()).contains("病床数が20床未満（記載なし）");
    }

    @Test
    void registryBedsPlaceABlankNominationInItsBand() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 0, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(null).registryBeds(350).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 1)).extracting(Decision::status, Decision::band).containsExactly(SELECTED, "L");
    }

    @Test
    void aBandWithQuotaZeroSelectsNobodyWithoutSpill() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 2, "L", 0)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(900).build()));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WAITLISTED);
        assertThat(decision(book, TOKYO, 1).explanationJa()).contains("帯Lの枠は0");
    }
}
