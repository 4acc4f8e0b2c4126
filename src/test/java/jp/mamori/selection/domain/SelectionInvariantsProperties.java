package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.PrefectureQuota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import jp.mamori.selection.domain.SelectionScenarios.Scenario;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** The invariants of selection.md, on random programs and random event sequences. */
class SelectionInvariantsProperties {

    private static final int TRIES = 200;

    @Provide
    Arbitrary<Scenario> scenarios() {
        return SelectionScenarios.scenarios();
    }

    /** Invariant 1: a fill never changes a SELECTED or WITHDRAWN decision; a second run changes nothing. */
    @Property(tries = TRIES)
    void fillsNeverChangeFinalDecisionsAndASecondRunChangesNothing(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            if (!o.applied()) {
                return;
            }
            HospitalCode withdrawn = o.outcome().event() instanceof SelectionEvent.HospitalWithdrawn w ? w.hospital() : null;
            o.before().forEach((h, was) -> {
                if (!was.status().isFinal()) {
                    return;
                }
                Decision now = o.book().decision(h).orElseThrow(() -> new AssertionError("final decision removed: " + h));
                if (h.equals(withdrawn)) {
                    assertThat(now.status()).isEqualTo(DecisionStatus.WITHDRAWN);
                } else {
                    assertThat(now).as("final decision of %s after %s", h, o.step()).isEqualTo(was);
                }
            });
            SelectionEvent e = o.outcome().event();
            SelectionOutcome again = null;
            if (e instanceof SelectionEvent.PrefectureFilled || e instanceof SelectionEvent.AllPrefecturesFilled) {
                again = o.book().apply(e);
            } else if (e instanceof SelectionEvent.NationalFilled) {
                again = o.book().fillNational(o.rules());
            } else if (e instanceof SelectionEvent.HospitalDesignated d) {
                again = o.book().fillPrefecture(o.rules(), d.candidate().prefecture());
            }
            if (again != null) {
                assertThat(again.changed()).as("second run of %s", o.step()).isEmpty();
            }
        });
    }

    /** Invariant 2: what one prefecture fill selects ranks better than what it leaves waitlisted. */
    @Property(tries = TRIES)
    void aPrefectureFillSelectsBetterRanksThanItLeavesWaitlisted(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            SelectionRules rules = o.rules();
            for (PrefectureCode p : o.prefecturesFilled()) {
                List<Nomination> waiting = o.book().nominations(p).stream().filter(Nomination::waitlisted).toList();
                for (Decision pick : o.outcome().newlySelected()) {
                    if (!pick.prefectureCode().equals(p) || pick.slot() != Slot.PREFECTURE) {
                        continue;
                    }
                    Candidate picked = o.book().nomination(pick.hospitalCode()).orElseThrow().candidate();
                    boolean bandBound = rules.banded() && pick.origin() != Origin.BAND_SPILL;
                    for (Nomination w : waiting) {
                        if (bandBound && !Objects.equals(w.band(), pick.band())) {
                            continue;
                        }
                        assertThat(RankOrder.CANDIDATES.compare(picked, w.candidate()))
                                .as("%s selected before waitlisted %s", pick.hospitalCode(), w.hospital())
                                .isNegative();
                    }
                }
            }
        });
    }

    /** Invariant 3: q(p), q(p,b) without spill, and C are never exceeded. */
    @Property(tries = TRIES)
    void quotasAndCapacityAreNeverExceeded(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            SelectionRules rules = o.rules();
            List<Decision> all = o.book().decisions();
            assertThat(all.stream().filter(Decision::isActiveSelection).count()).isLessThanOrEqualTo(rules.nationalCapacity());
            for (PrefectureCode p : SelectionScenarios.PREFECTURES) {
                assertThat(prefectureSlots(all, p, null)).as("q(%s)", p).isLessThanOrEqualTo(rules.quota(p));
                if (rules.bandsBind()) {
                    for (BedBand b : rules.bands()) {
                        assertThat(prefectureSlots(all, p, b.id())).as("q(%s,%s)", p, b.id())
                                .isLessThanOrEqualTo(rules.bandQuota(p, b.id()));
                    }
                }
            }
        });
    }

    /**
     * Invariant 4: after a prefecture fill, a prefecture with open slots (of a band with open slots,
     * where bands bind) has no eligible waitlisted nomination, unless C is reached.
     */
    @Property(tries = TRIES)
    void afterAPrefectureFillNoOpenSlotIsLeftWithAnEligibleHospitalWaiting(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            SelectionRules rules = o.rules();
            List<Decision> all = o.book().decisions();
            if (all.stream().filter(Decision::isActiveSelection).count() >= rules.nationalCapacity()) {
                return;
            }
            for (PrefectureCode p : o.prefecturesFilled()) {
                List<Decision> waiting = o.book().decisions(p).stream()
                        .filter(d -> d.status() == DecisionStatus.WAITLISTED).toList();
                boolean prefectureOpen = prefectureSlots(all, p, null) < rules.quota(p);
                if (!rules.bandsBind()) {
                    if (prefectureOpen) {
                        assertThat(waiting).as("open prefecture %s after %s", p, o.step()).isEmpty();
                    }
                    continue;
                }
                for (BedBand b : rules.bands()) {
                    if (prefectureOpen && prefectureSlots(all, p, b.id()) < rules.bandQuota(p, b.id())) {
                        assertThat(waiting).filteredOn(d -> b.id().equals(d.band()))
                                .as("open band %s of %s", b.id(), p).isEmpty();
                    }
                }
            }
        });
    }

    /** Invariant 5: the national fill reaches min(C, active + eligible waitlisted). */
    @Property(tries = TRIES)
    void theNationalFillReachesCapacityOrEmptiesEveryWaitlist(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            if (!o.applied() || !(o.outcome().event() instanceof SelectionEvent.NationalFilled)) {
                return;
            }
            long activeBefore = o.before().values().stream().filter(Decision::isActiveSelection).count();
            long waitingBefore = o.before().values().stream().filter(d -> d.status() == DecisionStatus.WAITLISTED).count();
            List<Decision> all = o.book().decisions();
            long active = all.stream().filter(Decision::isActiveSelection).count();
            assertThat(active).isEqualTo(Math.min(o.rules().nationalCapacity(), activeBefore + waitingBefore));
            if (active < o.rules().nationalCapacity()) {
                assertThat(all).noneMatch(d -> d.status() == DecisionStatus.WAITLISTED);
            }
            assertThat(o.outcome().newlySelected()).allMatch(d -> d.slot() == Slot.NATIONAL && d.origin() == Origin.SURPLUS);
        });
    }

    /** Invariant 6: every decision is re-derived from the stored events alone. */
    @Property(tries = TRIES)
    void replayingTheEventsReDerivesEveryDecision(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            SelectionBook replayed = SelectionBook.replay(o.book().history(), Fixtures::names);
            assertThat(replayed.decisions()).isEqualTo(o.book().decisions());
        });
    }

    /** selection.md §5: a withdrawn hospital is not selected again in the same program. */
    @Property(tries = TRIES)
    void aWithdrawnHospitalStaysWithdrawn(@ForAll("scenarios") Scenario scenario) {
        Set<HospitalCode> withdrawn = new HashSet<>();
        SelectionScenarios.run(scenario, o -> {
            withdrawn.forEach(h -> assertThat(o.book().decision(h)).map(Decision::status).contains(DecisionStatus.WITHDRAWN));
            o.book().decisions().stream().filter(d -> d.status() == DecisionStatus.WITHDRAWN)
                    .forEach(d -> withdrawn.add(d.hospitalCode()));
        });
    }

    /** Waitlist positions are 1..n by rank within each prefecture, after every operation. */
    @Property(tries = TRIES)
    void waitlistPositionsAreOneToNByRank(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            for (PrefectureCode p : SelectionScenarios.PREFECTURES) {
                List<Integer> positions = o.book().nominations(p).stream()
                        .filter(Nomination::waitlisted)
                        .map(n -> n.decision().waitlistPosition())
                        .toList();
                for (int i = 0; i < positions.size(); i++) {
                    assertThat(positions.get(i)).isEqualTo(i + 1);
                }
            }
        });
    }

    /** Every decision explains itself on one line in both languages; reasons are all of §1's. */
    @Property(tries = TRIES)
    void everyDecisionIsExplainedAndCarriesEveryFailingReason(@ForAll("scenarios") Scenario scenario) {
        SelectionScenarios.run(scenario, o -> {
            for (PrefectureCode p : SelectionScenarios.PREFECTURES) {
                for (Nomination n : o.book().nominations(p)) {
                    Decision d = n.decision();
                    assertThat(d.explanationJa()).isNotBlank().doesNotContain("\n").startsWith("順位" + d.rank() + "位");
                    assertThat(d.explanationEn()).isNotBlank().doesNotContain("\n").startsWith("Rank " + d.rank());
                    if (!d.status().isFinal()) {
                        assertThat(d.reasons()).isEqualTo(EligibilityPolicy.reasons(o.rules(), n.candidate()));
                    }
                }
            }
        });
    }

    /** The summary is what api.md says, computed from the decisions. */
    @Property(tries = TRIES)
    void theSummaryAddsUp(@ForAll("scenarios") Scenario scenario) {
        SelectionBook book = SelectionScenarios.run(scenario, o -> { });
        SelectionRules rules = scenario.rules();
        List<Decision> all = book.decisions();
        Summary s = book.summary(rules);
        assertThat(s.selected() + s.waitlisted() + s.ineligible() + s.withdrawn()).isEqualTo(all.size());
        int open = 0;
        for (Map.Entry<PrefectureCode, PrefectureQuota> q : rules.quotas().entrySet()) {
            open += Math.max(0, q.getValue().quota() - prefectureSlots(all, q.getKey(), null));
        }
        assertThat(s.openPrefectureSlots()).isEqualTo(open);
        assertThat(s.openNationalSlots()).isEqualTo(rules.nationalCapacity() - s.selected()).isNotNegative();
    }

    private static long prefectureSlots(List<Decision> all, PrefectureCode p, String band) {
        return all.stream()
                .filter(d -> d.prefectureCode().equals(p) && d.isActivePrefectureSlot())
                .filter(d -> band == null || band.equals(d.band()))
                .count();
    }
}
