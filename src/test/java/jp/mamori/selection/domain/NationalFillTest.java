package jp.mamori.selection.domain;

import jp.mamori.shared.PriorityKey;

import static jp.mamori.selection.domain.DecisionStatus.INELIGIBLE;
import static jp.mamori.selection.domain.DecisionStatus.SELECTED;
import static jp.mamori.selection.domain.DecisionStatus.WAITLISTED;
import static jp.mamori.selection.domain.Fixtures.HOKKAIDO;
import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.banded;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.decision;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static jp.mamori.selection.domain.Fixtures.unbanded;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NationalFillTest {

    private final SelectionBook book = SelectionBook.empty();

    @Test
    void takesTheBestWaitlistHeadsByPriorityUntilCapacityIsReached() {
        SelectionRules rules = unbanded(4, Map.of(TOKYO, 1, OSAKA, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 2, 2).acuteCare(true).build(),
                eligible(TOKYO, 3, 3)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), candidate(OSAKA, 2, 2).disasterBase(true).build()));
        book.fillAllPrefectures(rules);

        SelectionOutcome outcome = book.fillNational(rules);

        assertThat(outcome.newlySelected()).extracting(Decision::hospitalCode)
                .containsExactly(code(TOKYO, 2), code(OSAKA, 2));
        assertThat(outcome.newlySelected()).allSatisfy(d -> {
            assertThat(d.slot()).isEqualTo(Slot.NATIONAL);
            assertThat(d.origin()).isEqualTo(Origin.SURPLUS);
        });
        assertThat(decision(book, TOKYO, 3).status()).isEqualTo(WAITLISTED);
        assertThat(book.summary(rules).openNationalSlots()).isZero();
    }

    @Test
    void nationalFillNeverJumpsAPrefecturesOrder() {
        SelectionRules rules = unbanded(2, Map.of());
        // Tokyo's rank 2 is the best hospital in the country, but Tokyo ranked a plain one first
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(30).build(),
                candidate(TOKYO, 2, 2).disasterBase(true).acuteCare(true).beds(900).build()));
        book.submit(rules, OSAKA, List.of(candidate(OSAKA, 1, 1).acuteCare(true).build()));

        SelectionOutcome outcome = book.fillNational(rules);

        assertThat(outcome.newlySelected()).extracting(Decision::hospitalCode)
                .containsExactly(code(TOKYO, 1), code(OSAKA, 1));
        assertThat(decision(book, TOKYO, 2).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void tiesInPriorityKeysFallToTheNextKey() {
        SelectionRules rules = unbanded(1, Map.of());
        // same flags and beds; Osaka's head ranks better
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 8, 1).consent(false).build(), eligible(TOKYO, 1, 2)));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));

        book.fillNational(rules);

        assertThat(decision(book, OSAKA, 1).status()).isEqualTo(SELECTED);
        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void aFullTieGoesToTheLowerPrefectureCode() {
        SelectionRules rules = unbanded(1, Map.of());
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));
        book.submit(rules, HOKKAIDO, List.of(eligible(HOKKAIDO, 1, 1)));

        book.fillNational(rules);

        assertThat(decision(book, HOKKAIDO, 1).status()).isEqualTo(SELECTED);
    }

    @Test
    void theProgramsPriorityKeysAreUsed() {
        SelectionRules rules = Fixtures.fy2025().nationalCapacity(1)
                .priorityKeys(List.of(PriorityKey.BEDS, PriorityKey.DISASTER_BASE)).build();
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).disasterBase(true).beds(100).build()));
        book.submit(rules, OSAKA, List.of(candidate(OSAKA, 1, 1).beds(101).build()));

        book.fillNational(rules);

        assertThat(decision(book, OSAKA, 1).status()).isEqualTo(SELECTED);
    }

    @Test
    void capacityAlreadyReachedSelectsNobody() {
        SelectionRules rules = unbanded(1, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.fillAllPrefectures(rules);

        assertThat(book.fillNational(rules).changedNothing()).isTrue();
        assertThat(decision(book, TOKYO, 2).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void stopsWhenNoPrefectureHasAnyoneWaiting() {
        SelectionRules rules = unbanded(100, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2),
                candidate(TOKYO, 3, 3).consent(false).build()));
        book.fillAllPrefectures(rules);

        book.fillNational(rules);

        assertThat(book.decisions(TOKYO)).extracting(Decision::status).containsExactly(SELECTED, SELECTED, INELIGIBLE);
        assertThat(book.summary(rules).openNationalSlots()).isEqualTo(98);
        assertThat(book.fillNational(rules).changedNothing()).isTrue();
    }

    @Test
    void aPrefectureWithoutAQuotaCanStillGetNationalSlots() {
        SelectionRules rules = unbanded(10, Map.of(TOKYO, 1));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));
        book.fillAllPrefectures(rules);

        book.fillNational(rules);

        assertThat(decision(book, OSAKA, 1).slot()).isEqualTo(Slot.NATIONAL);
    }

    @Test
    void bandsAreIgnoredByTheNationalFill() {
        SelectionRules rules = banded(10, false, Map.of(TOKYO, Map.of("S", 1, "L", 0)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(900).build(),
                candidate(TOKYO, 2, 2).beds(50).build(), candidate(TOKYO, 3, 3).beds(60).build()));
        book.fillAllPrefectures(rules);
        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WAITLISTED);

        book.fillNational(rules);

        assertThat(decision(book, TOKYO, 1)).extracting(Decision::slot, Decision::band).containsExactly(Slot.NATIONAL, "L");
        assertThat(decision(book, TOKYO, 3).slot()).isEqualTo(Slot.NATIONAL);
    }

    @Test
    void rankedOnTheFactsTheEventCarries() {
        SelectionRules rules = unbanded(1, Map.of());
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.submit(rules, OSAKA, List.of(candidate(OSAKA, 1, 1).disasterBase(true).build()));
        // the registry changed since: Osaka's hospital is no longer a disaster base, Tokyo's now is
        List<PriorityFacts> now = List.of(
                new PriorityFacts(code(TOKYO, 1), TOKYO, 1, true, false, false, 100),
                new PriorityFacts(code(OSAKA, 1), OSAKA, 1, false, false, false, 100));

        book.apply(new SelectionEvent.NationalFilled(rules, now));

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(SELECTED);
        assertThat(SelectionBook.replay(book.history()).decisions()).isEqualTo(book.decisions());
    }

    @Test
    void theFillRecordsTheFactsItRankedBy() {
        SelectionRules rules = unbanded(1, Map.of());
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).acuteCare(true).build(),
                candidate(TOKYO, 2, 2).consent(false).build()));

        SelectionEvent.NationalFilled event = (SelectionEvent.NationalFilled) book.fillNational(rules).event();

        assertThat(event.rankedBy()).containsExactly(new PriorityFacts(code(TOKYO, 1), TOKYO, 1, false, true, false, 100));
    }
}
