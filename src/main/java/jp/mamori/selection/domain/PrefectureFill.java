package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.PrefectureCode;

/**
 * selection.md §3: fills one prefecture's PREFECTURE slots from its waitlist in rank order.
 * Two guards the section leaves implicit: the fill stops when the national capacity C is
 * reached (§2: every selection counts against C), and a band never takes a slot beyond q(p)
 * (after a spill-mode replacement a band may hold fewer than its share while q(p) is full).
 */
public final class PrefectureFill {

    private PrefectureFill() {
    }

    /**
     * @param nominations  the prefecture's nominations, any order, any status
     * @param capacityLeft C minus the active selections of the whole program
     * @return the picks in the order they are made
     */
    public static List<Pick> picks(SelectionRules rules, PrefectureCode prefecture,
                                   Collection<Nomination> nominations, int capacityLeft) {
        List<Nomination> waiting = nominations.stream()
                .filter(Nomination::waitlisted)
                .sorted(RankOrder.NOMINATIONS)
                .toList();
        Counter counter = new Counter(rules, prefecture, nominations, capacityLeft);
        List<Pick> picks = new ArrayList<>();
        if (!rules.banded()) {
            for (Nomination n : waiting) {
                if (!counter.prefectureOpen()) {
                    break;
                }
                picks.add(counter.take(n, quotaOrDesignation(n), null));
            }
            return picks;
        }
        List<Nomination> left = new ArrayList<>(waiting);
        for (BedBand band : rules.bands()) {
            for (Nomination n : List.copyOf(left)) {
                if (!counter.bandOpen(band.id())) {
                    break;
                }
                if (band.id().equals(bandOf(rules, n))) {
                    picks.add(counter.take(n, quotaOrDesignation(n), band.id()));
                    left.remove(n);
                }
            }
        }
        if (rules.bandSpill()) {
            // Spill takes any remaining nomination, even one no band fits: with spill the bands
            // only set the order of the fill, and §3.2 allows the prefecture's whole quota.
            for (Nomination n : left) {
                if (!counter.prefectureOpen()) {
                    break;
                }
                picks.add(counter.take(n, Origin.BAND_SPILL, bandOf(rules, n)));
            }
        }
        return picks;
    }

    static Origin quotaOrDesignation(Nomination n) {
        return n.candidate().designated() ? Origin.DESIGNATION : Origin.QUOTA;
    }

    static String bandOf(SelectionRules rules, Nomination n) {
        return BandAssignment.bandOf(rules, n.candidate()).map(BedBand::id).orElse(null);
    }

    /** Counts as they will be once the picks so far are recorded. */
    private static final class Counter {
        private final SelectionRules rules;
        private final PrefectureCode prefecture;
        private int prefectureSlots;
        private final Map<String, Integer> bandSlots = new HashMap<>();
        private int capacityLeft;

        Counter(SelectionRules rules, PrefectureCode prefecture, Collection<Nomination> nominations, int capacityLeft) {
            this.rules = rules;
            this.prefecture = prefecture;
            this.capacityLeft = capacityLeft;
            for (Nomination n : nominations) {
                if (n.decision().isActivePrefectureSlot()) {
                    prefectureSlots++;
                    if (n.band() != null) {
                        bandSlots.merge(n.band(), 1, Integer::sum);
                    }
                }
            }
        }

        boolean prefectureOpen() {
            return capacityLeft > 0 && prefectureSlots < rules.quota(prefecture);
        }

        boolean bandOpen(String band) {
            return prefectureOpen() && bandSlots.getOrDefault(band, 0) < rules.bandQuota(prefecture, band);
        }

        Pick take(Nomination n, Origin origin, String band) {
            prefectureSlots++;
            capacityLeft--;
            if (band != null) {
                bandSlots.merge(band, 1, Integer::sum);
            }
            return new Pick(n.hospital(), Slot.PREFECTURE, origin, band);
        }
    }
}
