package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReplayTest {

    private final SelectionRules rules = Fixtures.banded(6, false,
            Map.of(TOKYO, Map.of("S", 1, "L", 1), OSAKA, Map.of("S", 1, "L", 1)));

    private SelectionBook aBusyProgram() {
        SelectionBook book = SelectionBook.empty(Fixtures::names);
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(500).build(), candidate(TOKYO, 2, 2).beds(50).build(),
                candidate(TOKYO, 3, 3).beds(60).build(), candidate(TOKYO, 4, 4).consent(false).build(),
                candidate(TOKYO, 5, 5).beds(700).disasterBase(true).build()));
        book.submit(rules, OSAKA, List.of(candidate(OSAKA, 1, 1).beds(300).build()));
        book.fillAllPrefectures(rules);
        book.designate(rules, candidate(OSAKA, 7, 1).beds(40).build());
        book.fillNational(rules);
        book.withdraw(rules, code(TOKYO, 1), "都合により");
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1), candidate(OSAKA, 7, 2).designated(true).build(),
                eligible(OSAKA, 8, 3)));
        book.fillPrefecture(rules, OSAKA);
        return book;
    }

    @Test
    void replayingTheHistoryReDerivesExactlyTheSameDecisions() {
        SelectionBook book = aBusyProgram();

        SelectionBook replayed = SelectionBook.replay(book.history(), Fixtures::names);

        assertThat(replayed.decisions()).isEqualTo(book.decisions());
        assertThat(replayed.summary(rules)).isEqualTo(book.summary(rules));
        assertThat(replayed.history()).isEqualTo(book.history());
    }

    @Test
    void everyOperationIsRecordedAsAnEventWithItsInputs() {
        SelectionBook book = aBusyProgram();

        assertThat(book.history()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "NominationsSubmitted", "NominationsSubmitted", "AllPrefecturesFilled", "HospitalDesignated",
                "NationalFilled", "HospitalWithdrawn", "NominationsSubmitted", "PrefectureFilled");
        assertThat(book.history()).allSatisfy(e -> assertThat(e.rules()).isEqualTo(rules));
        assertThat(book.history().get(0)).isInstanceOfSatisfying(SelectionEvent.NominationsSubmitted.class,
                e -> assertThat(e.candidates()).hasSize(5));
        assertThat(book.history().get(5)).isEqualTo(
                new SelectionEvent.HospitalWithdrawn(rules, code(TOKYO, 1), "都合により"));
    }

    @Test
    void aRefusedOperationLeavesNoEvent() {
        SelectionBook book = aBusyProgram();
        int events = book.history().size();

        assertThatThrownBy(() -> book.withdraw(rules, code(TOKYO, 4), "")).isInstanceOf(SelectionRefused.class);
        assertThat(book.history()).hasSize(events);
    }

    @Test
    void anEventOfAnotherProgramIsRejected() {
        SelectionBook book = aBusyProgram();
        SelectionRules other = rules.toBuilder().build();
        SelectionRules fy2024 = Fixtures.fy2024().build();

        assertThat(book.fillAllPrefectures(other).changedNothing()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> book.fillAllPrefectures(fy2024));
    }
}
