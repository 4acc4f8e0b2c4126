package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.DecisionStatus.SELECTED;
import static jp.mamori.selection.domain.DecisionStatus.WAITLISTED;
import static jp.mamori.selection.domain.DecisionStatus.WITHDRAWN;
import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.banded;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.decision;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static jp.mamori.selection.domain.Fixtures.unbanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WithdrawalTest {

    private final SelectionBook book = SelectionBook.empty();

    @Test
    void theSlotGoesToTheBestRankedWaitlistedHospitalOfTheSamePrefecture() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 2, OSAKA, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3),
                eligible(TOKYO, 4, 4)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), candidate(OSAKA, 2, 2).disasterBase(true).build()));
        book.fillAllPrefectures(rules);

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 1), "日程が合わないため");

        assertThat(w.withdrawn().status()).isEqualTo(WITHDRAWN);
        assertThat(w.withdrawn().withdrawalReason()).isEqualTo("日程が合わないため");
        assertThat(w.replacement()).hasValueSatisfying(r -> {
            assertThat(r.hospitalCode()).isEqualTo(code(TOKYO, 3));
            assertThat(r.slot()).isEqualTo(Slot.PREFECTURE);
            assertThat(r.origin()).isEqualTo(Origin.REPLACEMENT);
            assertThat(r.replaces()).isEqualTo(code(TOKYO, 1));
        });
        assertThat(decision(book, TOKYO, 4).waitlistPosition()).as("renumbered").isEqualTo(1);
        assertThat(decision(book, OSAKA, 2).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void withdrawalWithNoOneWaitingLeavesTheSlotOpen() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1, OSAKA, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 2, 2).consent(false).build()));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), eligible(OSAKA, 2, 2)));
        book.fillAllPrefectures(rules);
        int openBefore = book.summary(rules).openPrefectureSlots();

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 1), "辞退");

        assertThat(w.replacement()).as("never from another prefecture").isEmpty();
        assertThat(book.summary(rules).openPrefectureSlots()).isEqualTo(openBefore + 1);
        assertThat(w.withdrawn().explanationJa()).contains("後任なし");
    }

    @Test
    void inABandedProgramWithoutSpillTheReplacementIsOfTheSameBand() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(500).build(),
                candidate(TOKYO, 2, 2).beds(50).build(), candidate(TOKYO, 3, 3).beds(60).build(),
                candidate(TOKYO, 4, 4).beds(600).build()));
        book.fillPrefecture(rules, TOKYO);

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 1), "");

        assertThat(w.replacement()).map(Decision::hospitalCode).contains(code(TOKYO, 4));
        assertThat(w.replacement()).map(Decision::band).contains("L");
    }

    @Test
    void inABandedProgramWithoutSpillNobodyOfTheBandMeansTheSlotStaysOpen() {
        SelectionRules rules = banded(100, false, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(500).build(),
                candidate(TOKYO, 2, 2).beds(50).build(), candidate(TOKYO, 3, 3).beds(60).build()));
        book.fillPrefecture(rules, TOKYO);

        assertThat(book.withdraw(rules, code(TOKYO, 1), "").replacement()).isEmpty();
        assertThat(decision(book, TOKYO, 3).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void inABandedProgramWithSpillTheReplacementIgnoresBands() {
        SelectionRules rules = banded(100, true, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(500).build(),
                candidate(TOKYO, 2, 2).beds(50).build(), candidate(TOKYO, 3, 3).beds(60).build()));
        book.fillPrefecture(rules, TOKYO);

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 1), "");

        assertThat(w.replacement()).map(Decision::hospitalCode).contains(code(TOKYO, 3));
        assertThat(w.replacement()).map(Decision::slot).contains(Slot.PREFECTURE);
    }

    @Test
    void withdrawalOfASurplusSelectionIsReplacedInANationalSlotIgnoringBands() {
        SelectionRules rules = banded(3, false, Map.of(TOKYO, Map.of("S", 1, "L", 1)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(500).build(),
                candidate(TOKYO, 2, 2).beds(50).build(), candidate(TOKYO, 3, 3).beds(600).build(),
                candidate(TOKYO, 4, 4).beds(60).build()));
        book.fillPrefecture(rules, TOKYO);
        book.fillNational(rules);
        assertThat(decision(book, TOKYO, 3).slot()).isEqualTo(Slot.NATIONAL);

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 3), "");

        assertThat(w.replacement()).hasValueSatisfying(r -> {
            assertThat(r.hospitalCode()).isEqualTo(code(TOKYO, 4));
            assertThat(r.band()).isEqualTo("S");
            assertThat(r.slot()).isEqualTo(Slot.NATIONAL);
            assertThat(r.origin()).isEqualTo(Origin.REPLACEMENT);
        });
        assertThat(book.summary(rules).openNationalSlots()).isZero();
    }

    @Test
    void onlySelectedHospitalsMayWithdraw() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.fillPrefecture(rules, TOKYO);
        List<Decision> before = book.decisions();

        assertThatThrownBy(() -> book.withdraw(rules, code(TOKYO, 2), ""))
                .isInstanceOfSatisfying(SelectionRefused.class, e -> {
                    assertThat(e.code()).isEqualTo(RefusalCode.NOT_SELECTED);
                    assertThat(e.hospitals()).containsExactly(code(TOKYO, 2));
                });
        assertThatThrownBy(() -> book.withdraw(rules, code(TOKYO, 9), ""))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.UNKNOWN_HOSPITAL));
        assertThat(book.decisions()).isEqualTo(before);
        assertThat(book.history()).hasSize(2);
    }

    @Test
    void aWithdrawnHospitalCannotWithdrawAgain() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "");

        assertThatThrownBy(() -> book.withdraw(rules, code(TOKYO, 1), ""))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.NOT_SELECTED));
    }

    @Test
    void aWithdrawnHospitalIsNeverSelectedAgain() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "");

        book.fillAllPrefectures(rules);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.fillAllPrefectures(rules);
        book.fillNational(rules);

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WITHDRAWN);
        assertThatThrownBy(() -> book.designate(rules, eligible(TOKYO, 1, 1)))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.ALREADY_NOMINATED));
    }

    @Test
    void aReplacementCanItselfWithdrawAndBeReplaced() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "");

        WithdrawalOutcome w = book.withdraw(rules, code(TOKYO, 2), "");

        assertThat(w.replacement()).map(Decision::hospitalCode).contains(code(TOKYO, 3));
        assertThat(w.replacement()).map(Decision::replaces).contains(code(TOKYO, 2));
        assertThat(book.decisions(TOKYO)).extracting(Decision::status).containsExactly(WITHDRAWN, WITHDRAWN, SELECTED);
    }
}
