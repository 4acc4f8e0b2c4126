package jp.mamori.selection.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * selection.md §4, the national surplus: while active selections are below C, take the best
 * (by the priority keys) of the prefectures' waitlist heads. Only heads compete, so no
 * prefecture's own order is ever jumped; bands are ignored.
 */
public final class NationalFill {

    private NationalFill() {
    }

    /**
     * @param nominations  all nominations of the program, any status
     * @param facts        what each waitlisted hospital is ranked by
     * @param capacityLeft C minus the active selections
     */
    public static List<NationalPick> picks(SelectionRules rules, Collection<Nomination> nominations,
                                           Function<HospitalCode, PriorityFacts> facts, int capacityLeft) {
        Map<PrefectureCode, Deque<Nomination>> waitlists = new TreeMap<>();
        nominations.stream()
                .filter(Nomination::waitlisted)
                .sorted(RankOrder.NOMINATIONS)
                .forEach(n -> waitlists.computeIfAbsent(n.prefecture(), p -> new ArrayDeque<>()).add(n));
        Comparator<PriorityFacts> priority = PriorityOrder.of(rules.priorityKeys());
        List<NationalPick> picks = new ArrayList<>();
        int left = capacityLeft;
        while (left > 0 && !waitlists.isEmpty()) {
            Nomination best = null;
            PriorityFacts bestFacts = null;
            for (Deque<Nomination> queue : waitlists.values()) {
                Nomination head = queue.peekFirst();
                PriorityFacts f = facts.apply(head.hospital());
                if (best == null || priority.compare(f, bestFacts) < 0) {
                    best = head;
                    bestFacts = f;
                }
            }
            int contenders = waitlists.size();
            Deque<Nomination> queue = waitlists.get(best.prefecture());
            queue.removeFirst();
            if (queue.isEmpty()) {
                waitlists.remove(best.prefecture());
            }
            picks.add(new NationalPick(
                    new Pick(best.hospital(), Slot.NATIONAL, Origin.SURPLUS, PrefectureFill.bandOf(rules, best)),
                    bestFacts, contenders));
            left--;
        }
        return picks;
    }
}
