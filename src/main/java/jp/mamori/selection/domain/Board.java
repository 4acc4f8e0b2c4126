package jp.mamori.selection.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** The book's working copy while one event is applied; thrown away if the event is refused. */
final class Board {

    private final TreeMap<HospitalCode, Nomination> nominations;

    Board(Map<HospitalCode, Nomination> nominations) {
        this.nominations = new TreeMap<>(nominations);
    }

    Optional<Nomination> get(HospitalCode h) {
        return Optional.ofNullable(nominations.get(h));
    }

    void put(Nomination n) {
        nominations.put(n.hospital(), n);
    }

    void put(Nomination n, Decision d) {
        nominations.put(n.hospital(), new Nomination(n.candidate(), d));
    }

    void remove(HospitalCode h) {
        nominations.remove(h);
    }

    Collection<Nomination> all() {
        return Collections.unmodifiableCollection(nominations.values());
    }

    /** A prefecture's nominations in its own rank order. */
    List<Nomination> of(PrefectureCode p) {
        return nominations.values().stream()
                .filter(n -> n.prefecture().equals(p))
                .sorted(RankOrder.NOMINATIONS)
                .toList();
    }

    SortedSet<PrefectureCode> prefectures() {
        TreeSet<PrefectureCode> out = new TreeSet<>();
        nominations.values().forEach(n -> out.add(n.prefecture()));
        return out;
    }

    int active() {
        return (int) nominations.values().stream().filter(n -> n.decision().isActiveSelection()).count();
    }

    int capacityLeft(SelectionRules rules) {
        return rules.nationalCapacity() - active();
    }

    int activePrefectureSlots(PrefectureCode p) {
        return (int) nominations.values().stream()
                .filter(n -> n.prefecture().equals(p) && n.decision().isActivePrefectureSlot())
                .count();
    }

    int activePrefectureSlots(PrefectureCode p, String band) {
        return (int) nominations.values().stream()
                .filter(n -> n.prefecture().equals(p) && n.decision().isActivePrefectureSlot()
                        && Objects.equals(n.band(), band))
                .count();
    }

    Map<HospitalCode, Nomination> snapshot() {
        return Collections.unmodifiableMap(new TreeMap<>(nominations));
    }
}
