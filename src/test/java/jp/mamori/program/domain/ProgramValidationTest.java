package jp.mamori.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PrefectureQuota;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.Problem;
import jp.mamori.shared.RuleSet;
import org.junit.jupiter.api.Test;

class ProgramValidationTest {

    static final PrefectureCode TOKYO = new PrefectureCode("13");

    static ProgramDefinition program(List<BedBand> bands, Map<PrefectureCode, PrefectureQuota> quotas) {
        return new ProgramDefinition("FY2025", "令和7年度事業", FiscalYear.of(2025), RuleSet.FY2025, 2000,
                LocalDate.of(2025, 7, 18), LocalDate.of(2026, 1, 31), null, null, bands, false, quotas, null);
    }

    static ProgramDefinition named(String name) {
        return new ProgramDefinition("FY2025", name, FiscalYear.of(2025), RuleSet.FY2025, 2000,
                LocalDate.of(2025, 7, 18), LocalDate.of(2026, 1, 31), null, null, List.of(), false,
                Map.of(TOKYO, new PrefectureQuota(45, Map.of())), null);
    }

    @Test
    void theNameFollowsTheTextRuleForStoredText() {
        assertThat(ProgramValidation.problems(named("事".repeat(10_000)))).extracting(Problem::column, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "TOO_LONG"));
        assertThat(ProgramValidation.problems(named("令和7年度\u0000事業"))).extracting(Problem::code)
                .containsExactly("INVALID_CHARACTER");
        assertThat(ProgramValidation.problems(named("令和7年度\u202E事業")).get(0).message()).contains("事業名").contains("U+202E");
    }

    @Test
    void acceptsTheApiExample() {
        ProgramDefinition p = program(List.of(new BedBand("S", 20, 199), BedBand.from("L", 200)),
                Map.of(TOKYO, new PrefectureQuota(45, Map.of("S", 30, "L", 15))));
        assertThat(ProgramValidation.problems(p)).isEmpty();
    }

    @Test
    void bandQuotasMustAddUpToThePrefectureQuota() {
        ProgramDefinition p = program(List.of(new BedBand("S", 20, 199), BedBand.from("L", 200)),
                Map.of(TOKYO, new PrefectureQuota(45, Map.of("S", 30, "L", 10))));
        assertThat(ProgramValidation.problems(p)).extracting(Problem::code).containsExactly("BAND_QUOTAS_DO_NOT_ADD_UP");
        assertThat(ProgramValidation.problems(p).get(0).message()).contains("40").contains("45");
    }

    @Test
    void bandsMustNotOverlapNorRepeat() {
        ProgramDefinition p = program(List.of(new BedBand("S", 20, 200), BedBand.from("L", 200), new BedBand("S", 0, 10)),
                Map.of());
        assertThat(ProgramValidation.problems(p)).extracting(Problem::code)
                .contains("OVERLAPPING_BANDS", "DUPLICATE_BAND");
    }

    @Test
    void bandQuotasNeedKnownBandsAndABandedProgram() {
        ProgramDefinition unknown = program(List.of(BedBand.from("ALL", 0)),
                Map.of(TOKYO, new PrefectureQuota(5, Map.of("X", 5))));
        assertThat(ProgramValidation.problems(unknown)).extracting(Problem::code).contains("UNKNOWN_BAND");
        ProgramDefinition unbanded = program(List.of(), Map.of(TOKYO, new PrefectureQuota(5, Map.of("S", 5))));
        assertThat(ProgramValidation.problems(unbanded)).extracting(Problem::code).containsExactly("INVALID_VALUE");
    }

    @Test
    void deadlinesBelongToTheirRuleSet() {
        ProgramDefinition fy2024 = new ProgramDefinition("FY2024", "令和6年度事業", FiscalYear.of(2024), RuleSet.FY2024, 1500,
                LocalDate.of(2024, 3, 15), LocalDate.of(2025, 1, 31), LocalDate.of(2024, 12, 31), null, List.of(), false,
                Map.of(), null);
        assertThat(ProgramValidation.problems(fy2024)).extracting(Problem::column).containsExactly("onsiteCompletionDeadline");
    }

    @Test
    void priorityKeysAreEachUsedOnce() {
        ProgramDefinition p = new ProgramDefinition("X", "x", FiscalYear.of(2025), RuleSet.FY2025, 1, LocalDate.of(2025, 7, 18),
                null, null, null, List.of(), false, Map.of(), List.of(PriorityKey.BEDS, PriorityKey.BEDS));
        assertThat(ProgramValidation.problems(p)).extracting(Problem::column).containsExactly("priorityKeys");
    }

    @Test
    void aProgramCannotFollowItself() {
        ProgramDefinition p = new ProgramDefinition("FY2025", "x", FiscalYear.of(2025), RuleSet.FY2025, 1,
                LocalDate.of(2025, 7, 18), null, null, "FY2025", List.of(), false, Map.of(), null);
        assertThat(ProgramValidation.problems(p)).extracting(Problem::column).containsExactly("previousProgramId");
    }
}
