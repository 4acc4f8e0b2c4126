package jp.mamori.checklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.Severity;
import jp.mamori.inventory.domain.Suggestion;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** One test per rule of checklist.domain, named by the rule. */
class ChecklistRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final ChecklistItem GATE = item("0-1", List.of(), true, List.of("0-(1)"));
    static final ChecklistItem MANAGER = item("1-1", List.of(), false, List.of("1-(1)"));
    static final ChecklistItem LEDGER = item("2-1", List.of(Target.S, Target.PC, Target.NW), false, List.of("2-(1)"));
    static final ChecklistItem PATCHES = item("2-6", List.of(Target.S, Target.PC, Target.NW), false, List.of("2-(7)"));
    static final ChecklistItem LOGS = item("2-11", List.of(Target.S), false, List.of("2-(6)"));
    static final ChecklistItem PASSWORDS = item("2-7", List.of(Target.S, Target.PC, Target.NW), false, List.of());
    static final Edition R7 = new Edition("CL2025", EditionKind.CHECKLIST, 2025, "R7", List.of(GATE, MANAGER, LEDGER, PATCHES, LOGS, PASSWORDS));

    static ChecklistItem item(String id, List<Target> targets, boolean gate, List<String> previous) {
        return new ChecklistItem(id, "項目 " + id, targets, 2023, Map.of(), null, gate, previous);
    }

    static Answer yes() {
        return new Answer(Choice.YES, TODAY, null);
    }

    static Answer no() {
        return new Answer(Choice.NO, TODAY, TODAY.plusMonths(1));
    }

    @Test
    void aNoNeedsATargetDateWithinTheFiscalYear() {
        assertThat(TargetDateRule.check("1-1", MANAGER, new Answer(Choice.NO, TODAY, null), R7)).get()
                .extracting(Problem::code).isEqualTo("MISSING_VALUE");
        assertThat(TargetDateRule.check("1-1", MANAGER, new Answer(Choice.NO, TODAY, TODAY.minusDays(1)), R7)).as("before checked").isPresent();
        assertThat(TargetDateRule.check("1-1", MANAGER, new Answer(Choice.NO, TODAY, LocalDate.of(2026, 4, 1)), R7)).as("after 31 March").isPresent();
        assertThat(TargetDateRule.check("1-1", MANAGER, new Answer(Choice.NO, TODAY, LocalDate.of(2026, 3, 31)), R7)).isEmpty();
        assertThat(TargetDateRule.check("1-1", MANAGER, new Answer(Choice.NO, TODAY, TODAY), R7)).as("on the day checked").isEmpty();
        assertThat(TargetDateRule.check("0-1", GATE, new Answer(Choice.NO, TODAY, null), R7)).as("the gate's no is no shortcoming").isEmpty();
        assertThat(TargetDateRule.check("1-1", MANAGER, yes(), R7)).isEmpty();
    }

    @Test
    void aCheckedOnIsGivenAndNeverInTheFuture() {
        assertThat(CheckedOnRule.check("1-1", new Answer(Choice.YES, TODAY.plusDays(1), null), TODAY)).isPresent();
        assertThat(CheckedOnRule.check("1-1", new Answer(Choice.YES, null, null), TODAY)).get().extracting(Problem::code).isEqualTo("MISSING_VALUE");
        assertThat(CheckedOnRule.check("1-1", yes(), TODAY)).isEmpty();
        assertThat(CheckedOnRule.check("1-1", Answer.na(), TODAY)).isEmpty();
    }

    @Test
    void aNoToTheGateMakesEveryOtherItemNotApplicable() {
        Map<String, Answer> given = new LinkedHashMap<>();
        given.put("0-1", new Answer(Choice.NO, TODAY, null));
        given.put("2-1@S", yes());
        Map<String, Answer> after = GateRule.apply(R7, given);
        assertThat(after).containsEntry("1-1", Answer.na()).containsEntry("2-1", Answer.na()).doesNotContainKey("2-1@S");
        assertThat(ChecklistCompleteness.complete(R7, after)).isTrue();
        given.put("0-1", yes());
        assertThat(GateRule.apply(R7, given)).isEqualTo(given);
    }

    @Test
    void perTargetItemsAreAnsweredWholeOrPerTargetNeverBoth() {
        assertThat(PerTargetAnswers.check(R7, List.of("2-1", "2-6@S", "2-6@NW", "2-11@S"))).isEmpty();
        assertThat(PerTargetAnswers.check(R7, List.of("2-11@PC"))).as("a target the item does not ask").hasSize(1);
        assertThat(PerTargetAnswers.check(R7, List.of("1-1@S"))).as("an item without targets").hasSize(1);
        assertThat(PerTargetAnswers.check(R7, List.of("2-1", "2-1@S"))).as("both").extracting(Problem::column).containsExactly("2-1");
        assertThat(PerTargetAnswers.check(R7, List.of("9-9"))).extracting(Problem::code).containsExactly("UNKNOWN_ITEM");
        Map<String, Answer> answers = Map.of("2-1", yes(), "2-6@S", yes(), "2-6@PC", no());
        assertThat(PerTargetAnswers.byTarget(LEDGER, answers)).as("a whole answer holds for each target").containsOnlyKeys(Target.S, Target.PC, Target.NW);
        assertThat(PerTargetAnswers.byTarget(PATCHES, answers)).containsOnlyKeys(Target.S, Target.PC);
        assertThat(ChecklistCompleteness.missing(R7, answers)).as("2-6 lacks NW").contains("2-6");
    }

    @Test
    void theR5R6ToR7IdMapCarriesLastYearsChoicesButNotTheirDates() {
        Map<String, Answer> r6 = new LinkedHashMap<>();
        r6.put("2-(7)@NW", no());
        r6.put("2-(6)", yes());
        r6.put("1-(1)", yes());
        Map<String, Choice> prefill = PreviousIdMap.prefill(R7, r6);
        assertThat(prefill).containsEntry("2-6@NW", Choice.NO).containsEntry("2-11", Choice.YES).containsEntry("1-1", Choice.YES);
        assertThat(prefill).as("a new item has no predecessor").doesNotContainKeys("2-7", "2-7@S");
        assertThat(PreviousIdMap.successors(R7, "2-(7)")).containsExactly("2-6");
        assertThat(PreviousIdMap.successors(R7, "2-(6)")).containsExactly("2-11");
    }

    @Test
    void everyAnswerErrorIsToldAtOnce() {
        Map<String, RawAnswer> given = new LinkedHashMap<>();
        given.put("1-1", new RawAnswer("NO", TODAY.toString(), null));
        given.put("2-1", new RawAnswer("MAYBE", TODAY.toString(), null));
        given.put("2-11@PC", new RawAnswer("YES", TODAY.toString(), null));
        given.put("2-6", new RawAnswer("YES", "2025/10/01", null));
        assertThatThrownBy(() -> ChecklistAnswerRules.normalise(R7, given, TODAY)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::column).contains("2-11@PC", "1-1", "2-1", "2-6"));
        Map<String, Answer> ok = ChecklistAnswerRules.normalise(R7, Map.of("2-6@S", new RawAnswer("いいえ", "2025-09-30", "2026-03-31")), TODAY);
        assertThat(ok.get("2-6@S")).isEqualTo(new Answer(Choice.NO, LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aMismatchIsTheHospitalsYesAgainstTheContractorsNoOnePerItemNamingTheTargets() {
        Map<String, Answer> hospital = Map.of("1-1", yes(), "2-1", yes(), "2-6", no(), "2-11", yes());
        Map<String, Answer> contractor = Map.of("1-1", no(), "2-1@S", no(), "2-1@PC", yes(), "2-1@NW", no(), "2-6", yes(), "2-11", yes());
        List<Suggestion> s = ChecklistMismatchRule.apply(R7, hospital, contractor);
        assertThat(s).hasSize(2);
        assertThat(s).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.LOW)).allSatisfy(x -> assertThat(x.rule()).isEqualTo("CHECKLIST_MISMATCH"));
        assertThat(s.get(0).basis()).containsEntry("itemId", "1-1").containsEntry("targets", List.of());
        assertThat(s.get(1).basis()).containsEntry("itemId", "2-1").containsEntry("targets", List.of("S", "NW"));
        assertThat(s.get(1).title()).contains("2-①").contains("サーバ").contains("ネットワーク機器").doesNotContain("端末PC");
        assertThat(ChecklistMismatchRule.apply(R7, hospital, Map.of())).as("nothing to compare with").isEmpty();
    }

    @Test
    void theR7EditionShowsItsIdsWithCircledDigits() {
        assertThat(ItemNumbers.display("2-1")).isEqualTo("2-①");
        assertThat(ItemNumbers.display("2-13")).isEqualTo("2-⑬");
        assertThat(ItemNumbers.display("2-(7)")).isEqualTo("2-(7)");
    }

    @Test
    void anEditionHoldsUniqueIdsOneGateAndStagesForBcp() {
        Edition dup = new Edition("X", EditionKind.CHECKLIST, 2026, "X", List.of(GATE, GATE, item("", List.of(), false, List.of("9-(9)"))));
        assertThat(EditionRules.check(dup, List.of(7, 8, 9), R7)).extracting(Problem::code)
                .contains("DUPLICATE_ID", "INVALID_VALUE", "UNKNOWN_ITEM");
        Edition bcp = new Edition("B", EditionKind.BCP, 2024, "B", List.of(item("1-1", List.of(), false, List.of())));
        assertThat(EditionRules.check(bcp, List.of(7), null)).extracting(Problem::row).containsExactly(7);
        assertThat(EditionRules.check(R7, List.of(1, 2, 3, 4, 5, 6), null)).isEmpty();
    }
}
