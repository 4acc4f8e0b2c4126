package jp.mamori.selection.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The nominations of one program, indexed by prefecture, with the active count kept as it
 * changes: every rule looks at one prefecture at a time, and a national program has thousands.
 * The book applies an event to a {@link #copy()} and keeps it only if the event succeeds.
 */
final class Board {

    private final Map<HospitalCode, Nomination> byHospital;
    private final Map<PrefectureCode, Map<HospitalCode, Nomination>> byPrefecture;
    private int active;

    Board() {
        this.byHospital = new HashMap<>();
        this.byPrefecture = new TreeMap<>();
    }

    Board copy() {
        Board c = new Board();
        c.byHospital.putAll(byHospital);
        byPrefecture.forEach((p, m) -> c.byPrefecture.put(p, new HashMap<>(m)));
        c.active = active;
        return c;
    }

    Optional<Nomination> get(HospitalCode h) {
        return Optional.ofNullable(byHospital.get(h));
    }

    void put(Nomination n) {
        remove(n.hospital());
        byHospital.put(n.hospital(), n);
        byPrefecture.computeIfAbsent(n.prefecture(), p -> new HashMap<>()).put(n.hospital(), n);
        if (n.decision().isActiveSelection()) {
            active++;
        }
    }

    void put(Nomination n, Decision d) {
        put(new Nomination(n.candidate(), d));
    }

    void remove(HospitalCode h) {
        Nomination old = byHospital.remove(h);
        if (old == null) {
            return;
        }
        Map<HospitalCode, Nomination> inPrefecture = byPrefecture.get(old.prefecture());
        inPrefecture.remove(h);
        if (inPrefecture.isEmpty()) {
            byPrefecture.remove(old.prefecture());
        }
        if (old.decision().isActiveSelection()) {
            active--;
        }
    }

    Collection<Nomination> all() {
        return Collections.unmodifiableCollection(byHospital.values());
    }

    /** A prefecture's nominations in its own rank order. */
    List<Nomination> of(PrefectureCode p) {
        Map<HospitalCode, Nomination> m = byPrefecture.get(p);
        return m == null ? List.of() : m.values().stream().sorted(RankOrder.NOMINATIONS).toList();
    }

    SortedSet<PrefectureCode> prefectures() {
        return new TreeSet<>(byPrefecture.keySet());
    }

    int active() {
        return active;
    }

    int capacityLeft(SelectionRules rules) {
        return rules.nationalCapacity() - active;
    }

    int activePrefectureSlots(PrefectureCode p) {
        Map<HospitalCode, Nomination> m = byPrefecture.get(p);
        return m == null ? 0 : (int) m.values().stream().filter(n -> n.decision().isActivePrefectureSlot()).count();
    }

    int activePrefectureSlots(PrefectureCode p, String band) {
        Map<HospitalCode, Nomination> m = byPrefecture.get(p);
        return m == null ? 0 : (int) m.values().stream()
                .filter(n -> n.decision().isActivePrefectureSlot() && Objects.equals(n.band(), band))
                .count();
    }

    Map<HospitalCode, Decision> decisions() {
        Map<HospitalCode, Decision> out = new HashMap<>(byHospital.size() * 2);
        byHospital.forEach((h, n) -> out.put(h, n.decision()));
        return out;
    }
}
