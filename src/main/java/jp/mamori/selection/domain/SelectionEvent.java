package jp.mamori.selection.domain;

import java.util.List;
import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * Everything that changes a program's decisions. Each event carries every input it needs, the
 * rules snapshot included, so {@link SelectionBook#replay} re-derives the same decisions
 * (selection.md, invariant 6). Who and when are the persistence layer's to add.
 */
public sealed interface SelectionEvent {

    /** The program as it stood when the event was applied. */
    SelectionRules rules();

    /** A prefecture's list, first or re-submitted (§5): replaces its undecided nominations. */
    record NominationsSubmitted(SelectionRules rules, PrefectureCode prefecture, List<Candidate> candidates)
            implements SelectionEvent {
        public NominationsSubmitted {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(prefecture, "prefecture");
            candidates = List.copyOf(candidates);
        }
    }

    /** §3 for one prefecture. */
    record PrefectureFilled(SelectionRules rules, PrefectureCode prefecture) implements SelectionEvent {
        public PrefectureFilled {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(prefecture, "prefecture");
        }
    }

    /** §3 for every prefecture, in prefecture code order. */
    record AllPrefecturesFilled(SelectionRules rules) implements SelectionEvent {
        public AllPrefecturesFilled {
            Objects.requireNonNull(rules, "rules");
        }
    }

    /**
     * §4. {@code rankedBy} holds the facts the waitlisted hospitals were ranked on; a waitlisted
     * hospital missing from it is ranked on its nomination's facts.
     */
    record NationalFilled(SelectionRules rules, List<PriorityFacts> rankedBy) implements SelectionEvent {
        public NationalFilled {
            Objects.requireNonNull(rules, "rules");
            rankedBy = List.copyOf(rankedBy);
        }
    }

    /** §5 withdrawal, with the replacement it triggers. */
    record HospitalWithdrawn(SelectionRules rules, HospitalCode hospital, String reason) implements SelectionEvent {
        public HospitalWithdrawn {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(hospital, "hospital");
        }
    }

    /**
     * §5 designation, with the prefecture fill that follows. The candidate is stored as appended:
     * designated, ranked after the prefecture's last rank.
     */
    record HospitalDesignated(SelectionRules rules, Candidate candidate) implements SelectionEvent {
        public HospitalDesignated {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(candidate, "candidate");
        }
    }
}
