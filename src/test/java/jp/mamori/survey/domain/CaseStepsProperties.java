package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No sequence of step updates, accepted or refused, gives a state out of order. */
class CaseStepsProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    record Update(CaseStep step, LocalDate doneOn, boolean planned, boolean corrector, boolean conditionsMet) {
    }

    @Provide
    Arbitrary<List<Update>> updates() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-60, 5).map(TODAY::plusDays)
                .injectNull(0.1);
        Arbitrary<Update> one = Combinators.combine(Arbitraries.of(CaseStep.class), dates, Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, true, false)).as(Update::new);
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 500)
    void doneStepsAlwaysFormAPrefixWithDatesInOrderAndNeverInTheFuture(@ForAll("updates") List<Update> updates) {
        CaseSteps steps = CaseSteps.none();
        for (Update u : updates) {
            StepChange change = new StepChange(TODAY, false, u.conditionsMet() ? null : "条件", u.corrector(),
                    u.corrector() ? "訂正" : null);
            try {
                steps = u.planned() ? steps.plan(u.step(), u.doneOn(), false) : steps.done(u.step(), u.doneOn(), change);
            } catch (StepRefusal refused) {
                // a refusal changes nothing: the next update starts from the same steps
            }
            assertInOrder(steps);
        }
    }

    static void assertInOrder(CaseSteps steps) {
        boolean gap = false;
        LocalDate last = null;
        for (CaseStep s : CaseStep.values()) {
            StepDates d = steps.get(s);
            if (!d.done()) {
                gap = true;
                continue;
            }
            assertThat(gap).as("%s done after an undone step: %s", s, steps).isFalse();
            assertThat(d.doneOn()).isBeforeOrEqualTo(TODAY);
            if (last != null) {
                assertThat(d.doneOn()).isAfterOrEqualTo(last);
            }
            last = d.doneOn();
        }
        CaseState state = steps.state(false);
        CaseStep firstUndone = null;
        for (CaseStep s : CaseStep.values()) {
            if (!steps.isDone(s)) {
                firstUndone = s;
                break;
            }
        }
        assertThat(state).isEqualTo(firstUndone == null ? CaseState.DELIVERED : CaseState.valueOf(firstUndone.name()));
    }
}
