package jp.mamori.selection.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import jp.mamori.selection.domain.Explanations.WaitReason;
import jp.mamori.selection.domain.SelectionEvent.AllPrefecturesFilled;
import jp.mamori.selection.domain.SelectionEvent.HospitalDesignated;
import jp.mamori.selection.domain.SelectionEvent.HospitalWithdrawn;
import jp.mamori.selection.domain.SelectionEvent.NationalFilled;
import jp.mamori.selection.domain.SelectionEvent.NominationsSubmitted;
import jp.mamori.selection.domain.SelectionEvent.PrefectureFilled;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The current decisions of one program: the aggregate every selection operation goes through.
 *
 * <p>Each operation builds a {@link SelectionEvent} and {@link #apply applies} it; the event
 * carries all its inputs, so {@link #replay} of the history re-derives the same decisions.
 * An operation the rules refuse throws {@link SelectionRefused} and changes nothing.
 *
 * <p>SELECTED and WITHDRAWN decisions are final: no fill or submission touches them. Every
 * other nomination is re-evaluated on every event (eligibility, band, waitlist position,
 * explanation), so waitlist positions are always 1..n by rank within the prefecture.
 *
 * <p>Not thread-safe: the application loads, applies and stores one program at a time.
 */
public final class SelectionBook {

    private static final Comparator<Decision> DECISION_ORDER = Comparator
            .comparing(Decision::prefectureCode)
            .thenComparingInt(Decision::rank)
            .thenComparing(Decision::hospitalCode);

    private final Explanations explanations;
    private final Function<PrefectureCode, String> prefectureNames;
    private Board board = new Board();
    private final List<SelectionEvent> history = new ArrayList<>();
    private String programId;
    private SelectionRules settledUnder;

    private SelectionBook(Function<PrefectureCode, String> prefectureNames) {
        this.prefectureNames = prefectureNames;
        this.explanations = new Explanations(prefectureNames);
    }

    /** A book without prefecture names: explanations say 「この都道府県」. */
    public static SelectionBook empty() {
        return new SelectionBook(null);
    }

    /** @param prefectureNames Japanese names for the explanations (e.g. 13 → 東京都) */
    public static SelectionBook empty(Function<PrefectureCode, String> prefectureNames) {
        return new SelectionBook(prefectureNames);
    }

    public static SelectionBook replay(List<? extends SelectionEvent> events) {
        return replay(events, null);
    }

    public static SelectionBook replay(List<? extends SelectionEvent> events,
                                       Function<PrefectureCode, String> prefectureNames) {
        SelectionBook book = new SelectionBook(prefectureNames);
        events.forEach(book::apply);
        return book;
    }

    /** An independent book in the same state: to preview an operation without changing this one. */
    public SelectionBook copy() {
        SelectionBook c = new SelectionBook(prefectureNames);
        c.board = board;
        c.history.addAll(history);
        c.programId = programId;
        c.settledUnder = settledUnder;
        return c;
    }

    // ---- operations ---------------------------------------------------------------------

    /** First submission or re-submission of a prefecture's list (§5). Does not fill. */
    public SelectionOutcome submit(SelectionRules rules, PrefectureCode prefecture, List<Candidate> candidates) {
        return apply(new NominationsSubmitted(rules, prefecture, candidates));
    }

    public SelectionOutcome fillPrefecture(SelectionRules rules, PrefectureCode prefecture) {
        return apply(new PrefectureFilled(rules, prefecture));
    }

    public SelectionOutcome fillAllPrefectures(SelectionRules rules) {
        return apply(new AllPrefecturesFilled(rules));
    }

    /** §4, ranking the waitlisted hospitals on the facts their nominations carry. */
    public SelectionOutcome fillNational(SelectionRules rules) {
        List<PriorityFacts> facts = board.all().stream()
                .filter(n -> !n.status().isFinal())
                .filter(n -> EligibilityPolicy.eligible(rules, n.candidate()))
                .map(n -> n.candidate().priorityFacts())
                .sorted(Comparator.comparing(PriorityFacts::hospital))
                .toList();
        return apply(new NationalFilled(rules, facts));
    }

    /** §5; refused with NOT_SELECTED (or UNKNOWN_HOSPITAL) unless the hospital is selected. */
    public WithdrawalOutcome withdraw(SelectionRules rules, HospitalCode hospital, String reason) {
        SelectionOutcome outcome = apply(new HospitalWithdrawn(rules, hospital, reason));
        Decision withdrawn = outcome.changed(hospital).orElseThrow();
        Optional<Decision> replacement = outcome.changed().stream()
                .filter(d -> d.origin() == Origin.REPLACEMENT && hospital.equals(d.replaces())
                        && d.status() == DecisionStatus.SELECTED)
                .findFirst();
        return new WithdrawalOutcome(withdrawn, replacement, outcome);
    }

    /**
     * §5 designation: the candidate is appended after the prefecture's last rank as designated
     * (its own rank and flag are ignored), then the prefecture fill runs.
     */
    public SelectionOutcome designate(SelectionRules rules, Candidate candidate) {
        Candidate appended = candidate.toBuilder()
                .rank(lastRank(candidate.prefecture()) + 1)
                .designated(true)
                .build();
        return apply(new HospitalDesignated(rules, appended));
    }

    /** Applies one event: the way operations work, and the way a history is replayed. */
    public SelectionOutcome apply(SelectionEvent event) {
        Objects.requireNonNull(event, "event");
        SelectionRules rules = event.rules();
        if (programId != null && !programId.equals(rules.programId())) {
            throw new IllegalArgumentException("event of program " + rules.programId() + " in the book of " + programId);
        }
        Board board = this.board.copy();
        if (!rules.equals(settledUnder)) {
            // the undecided nominations were settled under other rules: re-derive them first
            settle(rules, board);
        }
        if (event instanceof NominationsSubmitted e) {
            submitted(e, board);
        } else if (event instanceof PrefectureFilled e) {
            fill(rules, board, e.prefecture());
        } else if (event instanceof AllPrefecturesFilled e) {
            Set<PrefectureCode> all = new TreeSet<>(rules.quotas().keySet());
            all.addAll(board.prefectures());
            all.forEach(p -> fill(rules, board, p));
        } else if (event instanceof NationalFilled e) {
            nationalFill(e, board);
        } else if (event instanceof HospitalWithdrawn e) {
            withdrawn(e, board);
        } else if (event instanceof HospitalDesignated e) {
            designated(e, board);
        } else {
            throw new IllegalArgumentException("unknown event " + event);
        }
        settle(rules, board);
        SelectionOutcome outcome = diff(event, this.board.decisions(), board.decisions());
        this.board = board;
        this.settledUnder = rules;
        history.add(event);
        programId = rules.programId();
        return outcome;
    }

    // ---- reading ------------------------------------------------------------------------

    /** All decisions, by prefecture then rank. */
    public List<Decision> decisions() {
        return board.all().stream().map(Nomination::decision).sorted(DECISION_ORDER).toList();
    }

    public List<Decision> decisions(PrefectureCode prefecture) {
        return nominations(prefecture).stream().map(Nomination::decision).toList();
    }

    public Optional<Decision> decision(HospitalCode hospital) {
        return board.get(hospital).map(Nomination::decision);
    }

    /** A prefecture's nominations in its own rank order (designated after nominated). */
    public List<Nomination> nominations(PrefectureCode prefecture) {
        return board.of(prefecture);
    }

    public Optional<Nomination> nomination(HospitalCode hospital) {
        return board.get(hospital);
    }

    /** Every hospital nominated in this program, whatever its decision. */
    public Set<HospitalCode> nominatedHospitals() {
        Set<HospitalCode> out = new HashSet<>();
        board.all().forEach(n -> out.add(n.hospital()));
        return Set.copyOf(out);
    }

    /** The prefecture's last rank; 0 without nominations. */
    public int lastRank(PrefectureCode prefecture) {
        return board.of(prefecture).stream()
                .mapToInt(n -> n.candidate().rank())
                .max().orElse(0);
    }

    /** The events applied so far, oldest first. */
    public List<SelectionEvent> history() {
        return List.copyOf(history);
    }

    public Summary summary(SelectionRules rules) {
        return Summary.of(rules, board.decisions().values());
    }

    public PrefectureSummary summary(SelectionRules rules, PrefectureCode prefecture) {
        return PrefectureSummary.of(rules, prefecture, board.decisions().values());
    }

    /** §4: who the prefecture might designate, given the registry and the previous program's record. */
    public List<DesignationCandidate> designationCandidates(SelectionRules rules, PrefectureCode prefecture,
                                                            Collection<RegistryHospital> registry,
                                                            Set<HospitalCode> completedInPreviousProgram) {
        return DesignationCandidates.rank(rules, prefecture, registry, nominatedHospitals(), completedInPreviousProgram);
    }

    // ---- events -------------------------------------------------------------------------

    private void submitted(NominationsSubmitted e, Board board) {
        PrefectureCode p = e.prefecture();
        checkSubmission(p, e.candidates(), board);
        Map<HospitalCode, Nomination> current = new HashMap<>();
        board.of(p).forEach(n -> current.put(n.hospital(), n));
        current.values().stream().filter(n -> !n.status().isFinal()).forEach(n -> board.remove(n.hospital()));
        for (Candidate c : e.candidates()) {
            Nomination kept = current.get(c.hospitalCode());
            if (kept == null || !kept.status().isFinal()) {
                board.put(new Nomination(c, pending(c)));
            }
        }
    }

    private static void checkSubmission(PrefectureCode p, List<Candidate> candidates, Board board) {
        List<HospitalCode> wrong = candidates.stream()
                .filter(c -> !c.prefecture().equals(p)).map(Candidate::hospitalCode).toList();
        if (!wrong.isEmpty()) {
            throw new SelectionRefused(RefusalCode.WRONG_PREFECTURE, wrong, "他の都道府県の病院が含まれています: " + wrong);
        }
        Set<HospitalCode> seen = new HashSet<>();
        Set<HospitalCode> duplicates = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            boolean elsewhere = board.get(c.hospitalCode()).map(n -> !n.prefecture().equals(p)).orElse(false);
            if (!seen.add(c.hospitalCode()) || elsewhere) {
                duplicates.add(c.hospitalCode());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new SelectionRefused(RefusalCode.DUPLICATE_HOSPITAL, List.copyOf(duplicates),
                    "同じ病院が重複しています: " + duplicates);
        }
        Map<Integer, List<HospitalCode>> byRank = new TreeMap<>();
        candidates.forEach(c -> byRank.computeIfAbsent(c.rank(), r -> new ArrayList<>()).add(c.hospitalCode()));
        List<HospitalCode> sameRank = byRank.values().stream().filter(l -> l.size() > 1).flatMap(List::stream).toList();
        if (!sameRank.isEmpty()) {
            throw new SelectionRefused(RefusalCode.DUPLICATE_RANK, sameRank, "支援の順位が重複しています: " + sameRank);
        }
        Set<HospitalCode> listed = new HashSet<>();
        candidates.forEach(c -> listed.add(c.hospitalCode()));
        List<HospitalCode> removed = board.of(p).stream()
                .filter(n -> n.status() == DecisionStatus.SELECTED && !listed.contains(n.hospital()))
                .map(Nomination::hospital).toList();
        if (!removed.isEmpty()) {
            throw new SelectionRefused(RefusalCode.SELECTED_HOSPITAL_REMOVED, removed,
                    "選定済みの病院がリストから外れています（辞退は辞退の手続きで行ってください）: " + removed);
        }
    }

    private void fill(SelectionRules rules, Board board, PrefectureCode p) {
        for (Pick pick : PrefectureFill.picks(rules, p, board.of(p), board.capacityLeft(rules))) {
            Nomination n = board.get(pick.hospital()).orElseThrow();
            List<Nomination> skipped = skippedBefore(board, n);
            int positionInPrefecture = board.activePrefectureSlots(p) + 1;
            int positionInBand = pick.band() == null ? 0 : board.activePrefectureSlots(p, pick.band()) + 1;
            Explanation why = explanations.prefectureSelection(rules, n.candidate(), pick, positionInPrefecture,
                    positionInBand, skipped);
            board.put(n, selected(n, pick, why, null));
        }
    }

    private void nationalFill(NationalFilled e, Board board) {
        SelectionRules rules = e.rules();
        Map<HospitalCode, PriorityFacts> facts = new HashMap<>();
        e.rankedBy().forEach(f -> facts.put(f.hospital(), f));
        Function<HospitalCode, PriorityFacts> factsOf = h -> facts.computeIfAbsent(h,
                k -> board.get(k).orElseThrow().candidate().priorityFacts());
        for (NationalPick np : NationalFill.picks(rules, board.all(), factsOf, board.capacityLeft(rules))) {
            Nomination n = board.get(np.pick().hospital()).orElseThrow();
            Explanation why = explanations.surplus(rules, n.candidate(), np, board.active() + 1, skippedBefore(board, n));
            board.put(n, selected(n, np.pick(), why, null));
        }
    }

    private void withdrawn(HospitalWithdrawn e, Board board) {
        SelectionRules rules = e.rules();
        Nomination n = board.get(e.hospital()).orElseThrow(() -> new SelectionRefused(RefusalCode.UNKNOWN_HOSPITAL,
                List.of(e.hospital()), "この事業に推薦されていない病院です: " + e.hospital()));
        if (n.status() != DecisionStatus.SELECTED) {
            throw new SelectionRefused(RefusalCode.NOT_SELECTED, List.of(e.hospital()),
                    "選定されていない病院は辞退できません: " + e.hospital());
        }
        Decision was = n.decision();
        Nomination out = new Nomination(n.candidate(), new Decision(was.hospitalCode(), was.prefectureCode(), was.rank(),
                DecisionStatus.WITHDRAWN, was.slot(), was.origin(), was.band(), null, List.of(), "", "",
                e.reason() == null ? "" : e.reason(), was.replaces()));
        board.put(out);
        Optional<Pick> replacement = ReplacementPolicy.replacementFor(rules, out, board.of(n.prefecture()),
                board.capacityLeft(rules));
        Candidate successor = null;
        if (replacement.isPresent()) {
            Nomination r = board.get(replacement.get().hospital()).orElseThrow();
            Explanation why = explanations.replacement(rules, r.candidate(), replacement.get(), n.candidate(),
                    skippedBefore(board, r));
            board.put(r, selected(r, replacement.get(), why, n.hospital()));
            successor = r.candidate();
        }
        board.put(out, out.decision().withExplanation(explanations.withdrawn(n.candidate(), e.reason(), successor)));
    }

    private void designated(HospitalDesignated e, Board board) {
        Candidate c = e.candidate();
        if (board.get(c.hospitalCode()).isPresent()) {
            throw new SelectionRefused(RefusalCode.ALREADY_NOMINATED, List.of(c.hospitalCode()),
                    "この事業で既に推薦・指定されている病院です: " + c.hospitalCode());
        }
        if (!c.designated()) {
            throw new IllegalArgumentException("a designation event carries a designated candidate");
        }
        int last = board.of(c.prefecture()).stream().mapToInt(n -> n.candidate().rank()).max().orElse(0);
        if (c.rank() <= last) {
            throw new IllegalArgumentException("a designation is ranked after the prefecture's last rank " + last);
        }
        board.put(new Nomination(c, pending(c)));
        settle(e.rules(), board);
        fill(e.rules(), board, c.prefecture());
    }

    // ---- shared steps -------------------------------------------------------------------

    /**
     * Re-derives every undecided nomination: eligibility, band, waitlist position (1-based by
     * rank within the prefecture) and explanation. Final decisions are left alone.
     */
    private void settle(SelectionRules rules, Board board) {
        boolean capacityReached = board.active() >= rules.nationalCapacity();
        for (PrefectureCode p : board.prefectures()) {
            List<Nomination> inRankOrder = board.of(p);
            SlotCounts counts = SlotCounts.of(inRankOrder);
            int position = 0;
            for (Nomination n : inRankOrder) {
                if (n.status().isFinal()) {
                    continue;
                }
                Candidate c = n.candidate();
                String band = PrefectureFill.bandOf(rules, n);
                List<ReasonCode> reasons = EligibilityPolicy.reasons(rules, c);
                if (!reasons.isEmpty()) {
                    Explanation why = explanations.ineligible(rules, c, reasons);
                    board.put(n, new Decision(c.hospitalCode(), p, c.rank(), DecisionStatus.INELIGIBLE, null, null,
                            band, null, reasons, why.ja(), why.en(), null, null));
                    continue;
                }
                position++;
                Explanation why = explanations.waitlisted(rules, c, position,
                        waitReason(rules, counts, p, band, capacityReached), band);
                board.put(n, new Decision(c.hospitalCode(), p, c.rank(), DecisionStatus.WAITLISTED, null, null,
                        band, position, List.of(), why.ja(), why.en(), null, null));
            }
        }
    }

    /** A prefecture's active PREFECTURE-slot selections, in all and by band. */
    private record SlotCounts(int total, Map<String, Integer> byBand) {

        static SlotCounts of(List<Nomination> nominations) {
            int total = 0;
            Map<String, Integer> byBand = new HashMap<>();
            for (Nomination n : nominations) {
                if (n.decision().isActivePrefectureSlot()) {
                    total++;
                    if (n.band() != null) {
                        byBand.merge(n.band(), 1, Integer::sum);
                    }
                }
            }
            return new SlotCounts(total, byBand);
        }

        int inBand(String band) {
            return byBand.getOrDefault(band, 0);
        }
    }

    private static WaitReason waitReason(SelectionRules rules, SlotCounts counts, PrefectureCode p, String band,
                                         boolean capacityReached) {
        boolean prefectureOpen = counts.total() < rules.quota(p);
        boolean open;
        if (rules.bandsBind()) {
            if (band == null) {
                return WaitReason.NO_BAND;
            }
            boolean bandOpen = counts.inBand(band) < rules.bandQuota(p, band);
            if (!bandOpen) {
                return WaitReason.BAND_FULL;
            }
            open = prefectureOpen;
        } else {
            open = prefectureOpen;
        }
        if (!open) {
            return WaitReason.PREFECTURE_FULL;
        }
        return capacityReached ? WaitReason.CAPACITY_REACHED : WaitReason.PENDING_FILL;
    }

    /** The prefecture's ineligible nominations ranked before this one: what the selection passed over. */
    private static List<Nomination> skippedBefore(Board board, Nomination n) {
        return board.of(n.prefecture()).stream()
                .filter(o -> o.status() == DecisionStatus.INELIGIBLE)
                .filter(o -> RankOrder.NOMINATIONS.compare(o, n) < 0)
                .toList();
    }

    private static Decision selected(Nomination n, Pick pick, Explanation why, HospitalCode replaces) {
        Candidate c = n.candidate();
        return new Decision(c.hospitalCode(), c.prefecture(), c.rank(), DecisionStatus.SELECTED, pick.slot(),
                pick.origin(), pick.band(), null, List.of(), why.ja(), why.en(), null, replaces);
    }

    /** A placeholder until {@link #settle} decides; never seen outside an event. */
    private static Decision pending(Candidate c) {
        return new Decision(c.hospitalCode(), c.prefecture(), c.rank(), DecisionStatus.WAITLISTED, null, null, null,
                0, List.of(), "", "", null, null);
    }

    private static SelectionOutcome diff(SelectionEvent event, Map<HospitalCode, Decision> before,
                                         Map<HospitalCode, Decision> after) {
        List<Decision> changed = new ArrayList<>();
        after.forEach((h, d) -> {
            if (!d.equals(before.get(h))) {
                changed.add(d);
            }
        });
        changed.sort(DECISION_ORDER);
        List<HospitalCode> removed = before.keySet().stream().filter(h -> !after.containsKey(h)).sorted().toList();
        return new SelectionOutcome(event, changed, removed);
    }
}
