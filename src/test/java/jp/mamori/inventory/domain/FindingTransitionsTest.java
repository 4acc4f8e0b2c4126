package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.FindingState.ACCEPTED;
import static jp.mamori.inventory.domain.FindingState.DISMISSED;
import static jp.mamori.inventory.domain.FindingState.FIXED;
import static jp.mamori.inventory.domain.FindingState.OPEN;
import static jp.mamori.inventory.domain.FindingState.SUGGESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FindingTransitionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** api-survey.md's table, written out once more by hand. */
    static final Set<String> TABLE = Set.of("SUGGESTED>OPEN", "SUGGESTED>DISMISSED", "OPEN>ACCEPTED", "OPEN>FIXED",
            "ACCEPTED>OPEN", "ACCEPTED>FIXED", "FIXED>OPEN", "DISMISSED>SUGGESTED");

    static FindingTransitions.Move byContractor(FindingState from, FindingState to) {
        return FindingTransitions.move(from, to, false, "理由", TODAY, TODAY);
    }

    @Test
    void aSuggestionIsConfirmedOrDismissedWithAReason() {
        assertThat(byContractor(SUGGESTED, OPEN).to()).isEqualTo(OPEN);
        FindingTransitions.Move m = FindingTransitions.move(SUGGESTED, DISMISSED, false, "  保守契約で閉塞済み ", null, TODAY);
        assertThat(m.to()).isEqualTo(DISMISSED);
        assertThat(m.reason()).isEqualTo("保守契約で閉塞済み");
    }

    @Test
    void anOpenFindingIsAcceptedWithAReasonOrFixedOnADate() {
        assertThat(byContractor(OPEN, ACCEPTED).reason()).isEqualTo("理由");
        FindingTransitions.Move fixed = FindingTransitions.move(OPEN, FIXED, false, null, TODAY.minusDays(3), TODAY);
        assertThat(fixed.fixedOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void anAcceptedFindingReopensOrIsFixedAndAFixedOneReopens() {
        assertThat(byContractor(ACCEPTED, OPEN).to()).isEqualTo(OPEN);
        assertThat(byContractor(ACCEPTED, FIXED).fixedOn()).isEqualTo(TODAY);
        FindingTransitions.Move reopened = byContractor(FIXED, OPEN);
        assertThat(reopened.to()).isEqualTo(OPEN);
        assertThat(reopened.fixedOn()).isNull();
    }

    @Test
    void theContractorReopensADismissedSuggestion() {
        assertThat(FindingTransitions.move(DISMISSED, SUGGESTED, false, null, null, TODAY).to()).isEqualTo(SUGGESTED);
    }

    @Test
    void aDismissalWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> FindingTransitions.move(SUGGESTED, DISMISSED, false, "  ", null, TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(TransitionRefusal.Kind.INVALID);
                    assertThat(r.field()).isEqualTo("reason");
                });
    }

    @Test
    void anAcceptanceWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> FindingTransitions.move(OPEN, ACCEPTED, true, null, null, TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefusal.Kind.INVALID));
    }

    @Test
    void fixedWithoutADateOrWithAFutureDateIsRefused() {
        assertThatThrownBy(() -> FindingTransitions.move(OPEN, FIXED, false, null, null, TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.field()).isEqualTo("fixedOn"));
        assertThatThrownBy(() -> FindingTransitions.move(OPEN, FIXED, false, null, TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.code()).isEqualTo("INVALID_VALUE"));
    }

    @Test
    void refusedTransitionsAreConflicts() {
        for (String refused : new String[] {"SUGGESTED>ACCEPTED", "SUGGESTED>FIXED", "OPEN>DISMISSED", "OPEN>SUGGESTED",
                "FIXED>ACCEPTED", "DISMISSED>OPEN", "ACCEPTED>DISMISSED", "OPEN>OPEN"}) {
            String[] p = refused.split(">");
            assertThatThrownBy(() -> byContractor(FindingState.valueOf(p[0]), FindingState.valueOf(p[1])))
                    .as(refused)
                    .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.code()).isEqualTo("INVALID_TRANSITION"));
        }
    }

    @Test
    void theHospitalSetsOnlyAcceptedAndFixed() {
        assertThat(FindingTransitions.move(OPEN, ACCEPTED, true, "更新時に対応", null, TODAY).to()).isEqualTo(ACCEPTED);
        assertThat(FindingTransitions.move(ACCEPTED, FIXED, true, null, TODAY, TODAY).to()).isEqualTo(FIXED);
        assertThatThrownBy(() -> FindingTransitions.move(SUGGESTED, OPEN, true, null, null, TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> FindingTransitions.move(FIXED, OPEN, true, null, null, TODAY))
                .isInstanceOfSatisfying(TransitionRefusal.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefusal.Kind.FORBIDDEN));
    }

    @Property
    void everyPairIsAllowedExactlyWhenTheTableSaysSo(@ForAll FindingState from, @ForAll FindingState to) {
        boolean listed = TABLE.contains(from + ">" + to);
        assertThat(FindingTransitions.allowed(from, to)).isEqualTo(listed);
        if (!listed) {
            assertThatThrownBy(() -> byContractor(from, to)).isInstanceOfSatisfying(TransitionRefusal.class,
                    r -> assertThat(r.kind()).isEqualTo(TransitionRefusal.Kind.CONFLICT));
        } else {
            assertThat(byContractor(from, to).to()).isEqualTo(to);
        }
    }
}
