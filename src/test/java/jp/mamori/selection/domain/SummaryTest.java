package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static jp.mamori.selection.domain.Fixtures.unbanded;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mamori.shared.PrefectureCode;

class SummaryTest {

    @Test
    void anEmptyBookHasEverySlotOpen() {
        SelectionRules rules = unbanded(10, Map.of(TOKYO, 3, OSAKA, 2));
        assertThat(SelectionBook.empty().summary(rules)).isEqualTo(new Summary(10, 0, 0, 0, 0, 5, 10));
    }

    @Test
    void countsAsTheApiDefinesThem() {
        SelectionRules rules = unbanded(10, Map.of(TOKYO, 2, OSAKA, 3));
        SelectionBook book = SelectionBook.empty();
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3),
                eligible(TOKYO, 4, 4), eligible(TOKYO, 5, 5), candidate(TOKYO, 6, 6).beds(3).build()));
        book.submit(rules, OSAKA, List.of(eligible(OSAKA, 1, 1)));
        book.fillAllPrefectures(rules);
        book.fillNational(rules);      // Tokyo 3, 4, 5 take national slots: surplus never lowers open prefecture slots
        book.withdraw(rules, code(TOKYO, 1), "");   // nobody waiting: the prefecture slot opens

        Summary s = book.summary(rules);

        assertThat(s).isEqualTo(new Summary(10, 5, 0, 1, 1,
                /* Tokyo 2 − 1, Osaka 3 − 1 */ 1 + 2, 10 - 5));
    }

    @Test
    void openPrefectureSlotsNeverGoBelowZero() {
        SelectionRules wide = unbanded(10, Map.of(TOKYO, 2));
        SelectionBook book = SelectionBook.empty();
        book.submit(wide, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.fillAllPrefectures(wide);

        SelectionRules narrowed = unbanded(10, Map.of(TOKYO, 1, OSAKA, 1));

        assertThat(book.summary(narrowed).openPrefectureSlots()).isEqualTo(1);
    }

    @Test
    void aPrefectureSummaryForTheDashboard() {
        SelectionRules rules = unbanded(10, Map.of(TOKYO, 2));
        SelectionBook book = SelectionBook.empty();
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3),
                candidate(TOKYO, 4, 4).consent(false).build()));
        book.fillAllPrefectures(rules);
        book.withdraw(rules, code(TOKYO, 1), "");

        assertThat(book.summary(rules, TOKYO)).isEqualTo(new PrefectureSummary(TOKYO, 2, 2, 2, 0, 1, 1, 0));
        assertThat(book.summary(rules, PrefectureCode.of(47)))
                .isEqualTo(new PrefectureSummary(PrefectureCode.of(47), 0, 0, 0, 0, 0, 0, 0));
    }
}
