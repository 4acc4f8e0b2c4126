package jp.mamori.selection.domain;

import jp.mamori.shared.RuleSet;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.PrefectureQuota;

import static jp.mamori.selection.domain.Fixtures.EMR_DEADLINE;
import static jp.mamori.selection.domain.Fixtures.ONSITE_DEADLINE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/**
 * Random programs and random event sequences for the invariant properties, and a runner that
 * plays a scenario against a {@link SelectionBook} and shows each step to a checker.
 */
final class SelectionScenarios {

    static final List<PrefectureCode> PREFECTURES =
            List.of(PrefectureCode.of(1), PrefectureCode.of(13), PrefectureCode.of(27));

    private static final List<List<BedBand>> BAND_CHOICES = List.of(
            List.of(),
            List.of(),
            Fixtures.S_L,
            List.of(BedBand.of("S", 20, 99), BedBand.of("M", 100, 299), BedBand.from("L", 300)),
            List.of(BedBand.of("S", 20, 99), BedBand.from("L", 200)));   // 100-199 fits no band

    private static final List<List<PriorityKey>> KEY_CHOICES = List.of(
            PriorityKey.DEFAULTS,
            List.of(PriorityKey.BEDS, PriorityKey.DISASTER_BASE),
            List.of(PriorityKey.EMERGENCY, PriorityKey.PREFECTURE_RANK));

    private SelectionScenarios() {
    }

    // ---- what is generated --------------------------------------------------------------

    record Scenario(SelectionRules rules, List<Step> steps) {
    }

    sealed interface Step {
    }

    /** {@code keepSelected}: the list adds the prefecture's selected hospitals it left out, as a prefecture would. */
    record Submit(int prefecture, List<Spec> specs, boolean keepSelected) implements Step {
    }

    record FillPrefecture(int prefecture) implements Step {
    }

    record FillAll() implements Step {
    }

    record FillNational() implements Step {
    }

    /** Withdraws the pick-th selected hospital (mod their number); with none selected, a nominated one (refused). */
    record Withdraw(int pick) implements Step {
    }

    record Designate(int prefecture, Spec spec) implements Step {
    }

    record Form(Integer beds, boolean bedsOnlyInRegistry, EmrStatus emr, Integer emrShiftDays, boolean consent,
                boolean renewal, Integer onsiteShiftDays, PreviousYearParticipation previous) {
    }

    record Facts(boolean completedInPrevious, SupportWanted support, boolean disasterBase, boolean acuteCare,
                 boolean emergency) {
    }

    /** One hospital: {@code id} picks it from a small pool so re-submissions and designations meet old ones. */
    record Spec(int id, Form form, Facts facts) {

        Candidate toCandidate(PrefectureCode p, int rank) {
            return Candidate.builder(hospital(p, id), rank)
                    .name("病院" + id)
                    .beds(form.bedsOnlyInRegistry() ? null : form.beds())
                    .registryBeds(form.bedsOnlyInRegistry() ? form.beds() : null)
                    .emr(form.emr())
                    .emrPlannedDate(form.emrShiftDays() == null ? null : EMR_DEADLINE.plusDays(form.emrShiftDays()))
                    .renewalPlanned(form.renewal())
                    .onsiteExpectedBy(form.onsiteShiftDays() == null ? null : ONSITE_DEADLINE.plusDays(form.onsiteShiftDays()))
                    .previousYear(form.previous())
                    .support(facts.support())
                    .consent(form.consent())
                    .completedInPreviousProgram(facts.completedInPrevious())
                    .disasterBase(facts.disasterBase())
                    .acuteCare(facts.acuteCare())
                    .emergency(facts.emergency())
                    .build();
        }
    }

    static HospitalCode hospital(PrefectureCode p, int id) {
        return new HospitalCode(p.value() + String.format("%08d", id));
    }

    // ---- generators ---------------------------------------------------------------------

    static Arbitrary<Scenario> scenarios() {
        // an opening round of submissions, so most scenarios have something to fill
        Arbitrary<List<Step>> opening = submits().list().ofMinSize(1).ofMaxSize(PREFECTURES.size());
        return Combinators.combine(rules(), opening, steps().list().ofMaxSize(14))
                .as((rules, first, rest) -> {
                    List<Step> all = new ArrayList<>(first);
                    all.addAll(rest);
                    return new Scenario(rules, all);
                });
    }

    static Arbitrary<SelectionRules> rules() {
        Arbitrary<List<Integer>> quotaSeeds = Arbitraries.integers().between(-1, 4).list().ofSize(PREFECTURES.size() * 3);
        return Combinators.combine(
                        Arbitraries.of(RuleSet.class),
                        Arbitraries.integers().between(0, BAND_CHOICES.size() - 1),
                        Arbitraries.of(true, false),
                        quotaSeeds,
                        Arbitraries.integers().between(-6, 6),
                        Arbitraries.integers().between(0, KEY_CHOICES.size() - 1))
                .as((ruleSet, bandChoice, spill, seeds, capacityShift, keyChoice) -> {
                    List<BedBand> bands = BAND_CHOICES.get(bandChoice);
                    SelectionRules.Builder b = SelectionRules.builder("P", ruleSet, FiscalYear.of(2025))
                            .bands(bands).bandSpill(spill)
                            .onsiteCompletionDeadline(ONSITE_DEADLINE).emrDeadline(EMR_DEADLINE)
                            .priorityKeys(KEY_CHOICES.get(keyChoice));
                    int total = 0;
                    for (int i = 0; i < PREFECTURES.size(); i++) {
                        if (seeds.get(i * 3) < 0) {
                            continue;   // absent: quota 0
                        }
                        if (bands.isEmpty()) {
                            b.quota(PREFECTURES.get(i), seeds.get(i * 3));
                            total += seeds.get(i * 3);
                        } else {
                            Map<String, Integer> q = new HashMap<>();
                            for (int j = 0; j < bands.size(); j++) {
                                q.put(bands.get(j).id(), Math.max(0, seeds.get(i * 3 + j)));
                            }
                            PrefectureQuota pq = PrefectureQuota.banded(q);
                            b.quota(PREFECTURES.get(i), pq);
                            total += pq.quota();
                        }
                    }
                    return b.nationalCapacity(Math.max(0, total + capacityShift)).build();
                });
    }

    static Arbitrary<Step> submits() {
        return Combinators.combine(Arbitraries.integers().between(0, PREFECTURES.size() - 1),
                specs(1, 15).list().ofMinSize(2).ofMaxSize(12),
                Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))).as(Submit::new);
    }

    static Arbitrary<Step> steps() {
        Arbitrary<Integer> prefecture = Arbitraries.integers().between(0, PREFECTURES.size() - 1);
        Arbitrary<Step> submit = submits();
        Arbitrary<Step> fillPrefecture = prefecture.map(FillPrefecture::new);
        Arbitrary<Step> withdraw = Arbitraries.integers().between(0, 50).map(Withdraw::new);
        Arbitrary<Step> designate = Combinators.combine(prefecture, specs(1, 16)).as(Designate::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, submit),
                Tuple.of(3, fillPrefecture),
                Tuple.of(4, Arbitraries.just(new FillAll())),
                Tuple.of(2, Arbitraries.just(new FillNational())),
                Tuple.of(4, withdraw),
                Tuple.of(2, designate));
    }

    static Arbitrary<Spec> specs(int minId, int maxId) {
        Arbitrary<Integer> beds = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Integer) null)),
                Tuple.of(1, Arbitraries.integers().between(0, 19)),
                Tuple.of(18, Arbitraries.integers().between(20, 600)));
        Arbitrary<Form> form = Combinators.combine(
                        beds,
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(5, false)),
                        Arbitraries.frequency(Tuple.of(14, EmrStatus.ALL), Tuple.of(4, EmrStatus.PARTIAL),
                                Tuple.of(1, EmrStatus.PLANNED), Tuple.of(1, EmrStatus.NONE)),
                        Arbitraries.integers().between(-30, 30).injectNull(0.2),
                        Arbitraries.frequency(Tuple.of(19, true), Tuple.of(1, false)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false)),
                        Arbitraries.integers().between(-30, 30).injectNull(0.2),
                        Arbitraries.frequency(Tuple.of(14, PreviousYearParticipation.NONE),
                                Tuple.of(1, PreviousYearParticipation.COMPLETED),
                                Tuple.of(1, PreviousYearParticipation.WITHDREW),
                                Tuple.of(1, PreviousYearParticipation.WITHDREW_AFTER_PRESURVEY)))
                .as(Form::new);
        Arbitrary<Facts> facts = Combinators.combine(
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(19, false)),
                        Arbitraries.frequency(Tuple.of(12, SupportWanted.BOTH), Tuple.of(6, SupportWanted.CONNECTION_ONLY),
                                Tuple.of(1, SupportWanted.BACKUP_ONLY)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false)),
                        Arbitraries.of(true, false))
                .as(Facts::new);
        return Combinators.combine(Arbitraries.integers().between(minId, maxId), form, facts).as(Spec::new);
    }

    // ---- running ------------------------------------------------------------------------

    /**
     * One step as the checker sees it.
     *
     * @param before  the decisions before the step
     * @param outcome null when the book refused the step
     */
    record Observed(Step step, Map<HospitalCode, Decision> before, SelectionOutcome outcome,
                    SelectionRefused refused, SelectionBook book, SelectionRules rules) {

        boolean applied() {
            return outcome != null;
        }

        /** The prefectures a prefecture fill ran for in this step (empty for other steps). */
        List<PrefectureCode> prefecturesFilled() {
            if (!applied()) {
                return List.of();
            }
            SelectionEvent e = outcome.event();
            if (e instanceof SelectionEvent.PrefectureFilled f) {
                return List.of(f.prefecture());
            }
            if (e instanceof SelectionEvent.HospitalDesignated d) {
                return List.of(d.candidate().prefecture());
            }
            if (e instanceof SelectionEvent.AllPrefecturesFilled) {
                Set<PrefectureCode> all = new HashSet<>(PREFECTURES);
                all.addAll(rules.quotas().keySet());
                return List.copyOf(all);
            }
            return List.of();
        }
    }

    static SelectionBook run(Scenario s, Consumer<Observed> check) {
        SelectionBook book = SelectionBook.empty(Fixtures::names);
        SelectionRules rules = s.rules();
        for (Step step : s.steps()) {
            Map<HospitalCode, Decision> before = decisionsByHospital(book);
            int events = book.history().size();
            SelectionOutcome outcome = null;
            SelectionRefused refused = null;
            try {
                outcome = perform(book, rules, step);
            } catch (SelectionRefused e) {
                refused = e;
                if (!decisionsByHospital(book).equals(before) || book.history().size() != events) {
                    throw new AssertionError("a refused step changed the book: " + step, e);
                }
            }
            check.accept(new Observed(step, before, outcome, refused, book, rules));
        }
        return book;
    }

    private static SelectionOutcome perform(SelectionBook book, SelectionRules rules, Step step) {
        if (step instanceof Submit s) {
            PrefectureCode p = PREFECTURES.get(s.prefecture());
            List<Candidate> list = new ArrayList<>();
            Set<HospitalCode> listed = new HashSet<>();
            for (Spec spec : s.specs()) {
                if (listed.add(hospital(p, spec.id()))) {
                    list.add(spec.toCandidate(p, list.size() + 1));
                }
            }
            if (s.keepSelected()) {
                for (Nomination n : book.nominations(p)) {
                    if (n.status() == DecisionStatus.SELECTED && listed.add(n.hospital())) {
                        list.add(n.candidate().withRank(list.size() + 1));
                    }
                }
            }
            return book.submit(rules, p, list);
        }
        if (step instanceof FillPrefecture f) {
            return book.fillPrefecture(rules, PREFECTURES.get(f.prefecture()));
        }
        if (step instanceof FillAll) {
            return book.fillAllPrefectures(rules);
        }
        if (step instanceof FillNational) {
            return book.fillNational(rules);
        }
        if (step instanceof Withdraw w) {
            List<Decision> selected = book.decisions().stream().filter(Decision::isActiveSelection).toList();
            List<Decision> pool = selected.isEmpty() ? book.decisions() : selected;
            HospitalCode h = pool.isEmpty() ? hospital(PREFECTURES.get(0), 99) : pool.get(w.pick() % pool.size()).hospitalCode();
            return book.withdraw(rules, h, "理由" + w.pick()).outcome();
        }
        if (step instanceof Designate d) {
            PrefectureCode p = PREFECTURES.get(d.prefecture());
            return book.designate(rules, d.spec().toCandidate(p, 1));
        }
        throw new IllegalArgumentException(step.toString());
    }

    static Map<HospitalCode, Decision> decisionsByHospital(SelectionBook book) {
        Map<HospitalCode, Decision> out = new HashMap<>();
        book.decisions().forEach(d -> out.put(d.hospitalCode(), d));
        return out;
    }
}
