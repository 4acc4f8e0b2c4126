package jp.mamori.selection.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * selection.md §4, last paragraph: the registry hospitals of a prefecture with 20 or more beds,
 * not nominated in this program (a withdrawn or ineligible nomination counts as nominated) and
 * not completed in the previous program, best first by the program's priority keys.
 */
public final class DesignationCandidates {

    private DesignationCandidates() {
    }

    public static List<DesignationCandidate> rank(SelectionRules rules, PrefectureCode prefecture,
                                                  Collection<RegistryHospital> registry,
                                                  Set<HospitalCode> nominated,
                                                  Set<HospitalCode> completedInPreviousProgram) {
        var order = PriorityOrder.of(rules.priorityKeys());
        List<RegistryHospital> ranked = registry.stream()
                .filter(h -> h.prefecture().equals(prefecture))
                .filter(h -> h.bedsForRules() >= EligibilityPolicy.MIN_BEDS)
                .filter(h -> !nominated.contains(h.code()))
                .filter(h -> !completedInPreviousProgram.contains(h.code()))
                .sorted((a, b) -> order.compare(a.priorityFacts(), b.priorityFacts()))
                .toList();
        List<DesignationCandidate> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            RegistryHospital h = ranked.get(i);
            out.add(new DesignationCandidate(i + 1, h,
                    Explanations.priorityAttributesJa(rules.priorityKeys(), h.priorityFacts()),
                    Explanations.priorityAttributesEn(rules.priorityKeys(), h.priorityFacts())));
        }
        return out;
    }
}
