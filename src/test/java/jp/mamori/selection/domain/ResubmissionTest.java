package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.DecisionStatus.INELIGIBLE;
import static jp.mamori.selection.domain.DecisionStatus.SELECTED;
import static jp.mamori.selection.domain.DecisionStatus.WAITLISTED;
import static jp.mamori.selection.domain.DecisionStatus.WITHDRAWN;
import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.decision;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static jp.mamori.selection.domain.Fixtures.unbanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResubmissionTest {

    private final SelectionRules rules = unbanded(100, Map.of(TOKYO, 2, OSAKA, 1));
    private final SelectionBook book = SelectionBook.empty();

    @BeforeEach
    void firstSubmissionAndFill() {
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3),
                eligible(TOKYO, 4, 4)));
        book.fillPrefecture(rules, TOKYO);
    }

    @Test
    void selectedHospitalsStandWhateverTheNewListSaysAboutThem() {
        Decision selectedBefore = decision(book, TOKYO, 1);

        // the new list ranks hospital 1 last and says it has no consent now
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 2, 1), eligible(TOKYO, 3, 2),
                candidate(TOKYO, 1, 3).consent(false).build()));

        assertThat(decision(book, TOKYO, 1)).isEqualTo(selectedBefore);
        assertThat(decision(book, TOKYO, 2).status()).isEqualTo(SELECTED);
    }

    @Test
    void aListThatLeavesOutASelectedHospitalIsRefused() {
        List<Decision> before = book.decisions();

        assertThatThrownBy(() -> book.submit(rules, TOKYO, List.of(eligible(TOKYO, 3, 1), eligible(TOKYO, 5, 2))))
                .isInstanceOfSatisfying(SelectionRefused.class, e -> {
                    assertThat(e.code()).isEqualTo(RefusalCode.SELECTED_HOSPITAL_REMOVED);
                    assertThat(e.hospitals()).containsExactly(code(TOKYO, 1), code(TOKYO, 2));
                });
        assertThat(book.decisions()).isEqualTo(before);
        assertThat(book.history()).hasSize(2);
    }

    @Test
    void theNewListReplacesUndecidedNominationsAndDoesNotFill() {
        SelectionOutcome outcome = book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2),
                eligible(TOKYO, 5, 3), candidate(TOKYO, 4, 4).consent(false).build()));

        assertThat(outcome.removed()).containsExactly(code(TOKYO, 3));
        assertThat(book.decision(code(TOKYO, 3))).isEmpty();
        assertThat(decision(book, TOKYO, 5)).extracting(Decision::status, Decision::waitlistPosition)
                .containsExactly(WAITLISTED, 1);
        assertThat(decision(book, TOKYO, 4).status()).isEqualTo(INELIGIBLE);
        assertThat(outcome.newlySelected()).isEmpty();
    }

    @Test
    void aWithdrawnHospitalMayBeLeftOutAndItsDecisionStands() {
        book.withdraw(rules, code(TOKYO, 1), "");   // hospital 3 replaces it

        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 2, 1), eligible(TOKYO, 3, 2), eligible(TOKYO, 6, 3)));

        assertThat(decision(book, TOKYO, 1).status()).isEqualTo(WITHDRAWN);
        assertThat(book.decisions(TOKYO)).extracting(Decision::status)
                .containsExactlyInAnyOrder(WITHDRAWN, SELECTED, SELECTED, WAITLISTED);
    }

    @Test
    void aFillAfterResubmissionTakesNewcomersForOpenSlots() {
        book.withdraw(rules, code(TOKYO, 1), "");
        book.withdraw(rules, code(TOKYO, 3), "");   // 4 replaced it; nobody left waiting
        book.withdraw(rules, code(TOKYO, 4), "");
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 2, 1), eligible(TOKYO, 7, 2), eligible(TOKYO, 8, 3)));

        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 7)).extracting(Decision::status, Decision::origin)
                .containsExactly(SELECTED, Origin.QUOTA);
        assertThat(decision(book, TOKYO, 8).status()).isEqualTo(WAITLISTED);
    }

    @Test
    void duplicateRanksOrHospitalsAndOtherPrefecturesHospitalsAreRefused() {
        assertThatThrownBy(() -> book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2),
                eligible(TOKYO, 5, 2))))
                .isInstanceOfSatisfying(SelectionRefused.class, e -> {
                    assertThat(e.code()).isEqualTo(RefusalCode.DUPLICATE_RANK);
                    assertThat(e.hospitals()).containsExactly(code(TOKYO, 2), code(TOKYO, 5));
                });
        assertThatThrownBy(() -> book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2),
                eligible(TOKYO, 2, 3))))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.DUPLICATE_HOSPITAL));
        assertThatThrownBy(() -> book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2),
                eligible(OSAKA, 1, 3))))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.WRONG_PREFECTURE));
    }

    @Test
    void anEmptyListDropsEveryUndecidedNominationWhenNothingIsSelected() {
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));

        SelectionOutcome outcome = book.submit(rules, OSAKA, List.of());

        assertThat(outcome.removed()).containsExactly(code(OSAKA, 1));
        assertThat(book.decisions(OSAKA)).isEmpty();
    }
}
