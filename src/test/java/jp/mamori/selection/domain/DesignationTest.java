package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.DecisionStatus.INELIGIBLE;
import static jp.mamori.selection.domain.DecisionStatus.SELECTED;
import static jp.mamori.selection.domain.DecisionStatus.WAITLISTED;
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
import java.util.Set;

import org.junit.jupiter.api.Test;

class DesignationTest {

    private final SelectionRules rules = unbanded(100, Map.of(TOKYO, 3));
    private final SelectionBook book = SelectionBook.empty();

    private static RegistryHospital registry(int n, int beds, boolean disaster, boolean acute) {
        return new RegistryHospital(code(TOKYO, n), "病院" + n, TOKYO, beds, disaster, acute, false);
    }

    @Test
    void aDesignationIsAppendedAfterTheLastRankThenTheFillRuns() {
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 2, 2).consent(false).build(),
                eligible(TOKYO, 3, 7)));
        book.fillPrefecture(rules, TOKYO);

        SelectionOutcome outcome = book.designate(rules,
                Candidate.fromRegistry(registry(9, 300, true, false), 1).build());

        Decision d = decision(book, TOKYO, 9);
        assertThat(d.rank()).isEqualTo(8);
        assertThat(d.status()).isEqualTo(SELECTED);
        assertThat(d.origin()).isEqualTo(Origin.DESIGNATION);
        assertThat(d.slot()).isEqualTo(Slot.PREFECTURE);
        assertThat(book.nomination(code(TOKYO, 9)).orElseThrow().candidate().designated()).isTrue();
        assertThat(outcome.event()).isInstanceOfSatisfying(SelectionEvent.HospitalDesignated.class,
                e -> assertThat(e.candidate().rank()).isEqualTo(8));
        assertThat(d.explanationJa()).contains("都道府県が指定した病院として");
    }

    @Test
    void aDesignatedHospitalStillHasToConsent() {
        book.designate(rules, Candidate.fromRegistry(registry(9, 300, true, false), 1).consent(false).build());

        Decision d = decision(book, TOKYO, 9);
        assertThat(d.rank()).isEqualTo(1);
        assertThat(d.status()).isEqualTo(INELIGIBLE);
        assertThat(d.reasons()).containsExactly(ReasonCode.NO_CONSENT);
    }

    @Test
    void aDesignationBeyondTheQuotaWaits() {
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3),
                eligible(TOKYO, 4, 4)));
        book.fillPrefecture(rules, TOKYO);

        book.designate(rules, Candidate.fromRegistry(registry(9, 300, false, false), 1).build());

        assertThat(decision(book, TOKYO, 9)).extracting(Decision::status, Decision::waitlistPosition)
                .containsExactly(WAITLISTED, 2);
    }

    @Test
    void aHospitalAlreadyNominatedCannotBeDesignated() {
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).consent(false).build()));

        assertThatThrownBy(() -> book.designate(rules, eligible(TOKYO, 1, 1)))
                .isInstanceOfSatisfying(SelectionRefused.class,
                        e -> assertThat(e.code()).isEqualTo(RefusalCode.ALREADY_NOMINATED));
    }

    // ---- designation candidates (§4, last paragraph) -------------------------------------

    @Test
    void designationCandidatesAreTheBestFirstByThePriorityKeys() {
        List<RegistryHospital> registry = List.of(
                registry(1, 100, false, false),
                registry(2, 500, false, true),
                registry(3, 50, true, false),
                registry(4, 900, false, false),
                registry(5, 500, false, true));

        List<DesignationCandidate> ranked = DesignationCandidates.rank(rules, TOKYO, registry, Set.of(), Set.of());

        assertThat(ranked).extracting(c -> c.hospital().code())
                .containsExactly(code(TOKYO, 3), code(TOKYO, 2), code(TOKYO, 5), code(TOKYO, 4), code(TOKYO, 1));
        assertThat(ranked).extracting(DesignationCandidate::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranked.get(0).placedJa()).isEqualTo("災害拠点病院・急性期ではない・50床");
        assertThat(ranked.get(1).placedEn()).isEqualTo("not a disaster base hospital, acute care, 500 beds");
    }

    @Test
    void designationCandidatesLeaveOutSmallNominatedCompletedAndOtherPrefecturesHospitals() {
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 2, 1).consent(false).build()));
        List<RegistryHospital> registry = List.of(
                registry(1, 20, false, false),
                registry(2, 300, true, true),                                   // nominated, though ineligible
                registry(3, 19, true, true),                                    // under 20 beds
                new RegistryHospital(code(TOKYO, 4), "病院4", TOKYO, null, true, true, false), // beds unknown
                registry(5, 300, true, true),                                   // completed last year
                new RegistryHospital(code(OSAKA, 6), "病院6", OSAKA, 300, true, true, false));

        List<DesignationCandidate> ranked = book.designationCandidates(rules, TOKYO, registry, Set.of(code(TOKYO, 5)));

        assertThat(ranked).extracting(c -> c.hospital().code()).containsExactly(code(TOKYO, 1));
    }
}
