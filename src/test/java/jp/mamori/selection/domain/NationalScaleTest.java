package jp.mamori.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.mamori.shared.PrefectureCode;

/** A program the size of the real one: 47 prefectures, about 2,800 nominations, C = 2000. */
class NationalScaleTest {

    @Test
    void aNationalSizedProgramFillsToCapacityAndReplays() {
        Random random = new Random(2025);
        SelectionRules.Builder b = Fixtures.fy2025().nationalCapacity(2000);
        for (int p = 1; p <= 47; p++) {
            b.quota(PrefectureCode.of(p), 40);
        }
        SelectionRules rules = b.build();
        SelectionBook book = SelectionBook.empty();
        for (int p = 1; p <= 47; p++) {
            PrefectureCode pc = PrefectureCode.of(p);
            List<Candidate> list = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                list.add(Fixtures.candidate(pc, i, i).beds(random.nextInt(600)).consent(random.nextInt(10) > 0)
                        .disasterBase(random.nextBoolean()).acuteCare(random.nextBoolean()).build());
            }
            book.submit(rules, pc, list);
        }

        book.fillAllPrefectures(rules);
        assertThat(book.summary(rules).openPrefectureSlots()).isZero();
        book.fillNational(rules);
        assertThat(book.summary(rules).openNationalSlots()).isZero();

        List<Decision> selected = book.decisions().stream().filter(Decision::isActiveSelection).toList();
        int replaced = 0;
        for (int i = 0; i < 50; i++) {
            replaced += book.withdraw(rules, selected.get(i * 7).hospitalCode(), "辞退").replacement().isPresent() ? 1 : 0;
        }

        Summary s = book.summary(rules);
        assertThat(s.withdrawn()).isEqualTo(50);
        assertThat(s.selected()).isEqualTo(2000 - 50 + replaced);
        assertThat(SelectionBook.replay(book.history()).decisions()).isEqualTo(book.decisions());
    }
}
