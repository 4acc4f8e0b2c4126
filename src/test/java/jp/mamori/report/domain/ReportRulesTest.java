package jp.mamori.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Severity;
import org.junit.jupiter.api.Test;

/** The report's rules, by name. */
class ReportRulesTest {

    record F(long id, Severity severity, FindingState state) {
    }

    @Test
    void findingsAreOrderedWorstFirstThenOpenBeforeAcceptedBeforeFixedThenById() {
        List<F> given = List.of(new F(1, Severity.LOW, FindingState.OPEN), new F(2, Severity.CRITICAL, FindingState.FIXED),
                new F(3, Severity.CRITICAL, FindingState.OPEN), new F(4, Severity.INFO, FindingState.OPEN),
                new F(5, Severity.HIGH, FindingState.ACCEPTED), new F(6, Severity.HIGH, FindingState.OPEN),
                new F(7, Severity.CRITICAL, FindingState.OPEN), new F(8, Severity.MEDIUM, FindingState.OPEN));
        assertThat(WorstFirst.sort(given, F::severity, F::state, F::id)).extracting(F::id).containsExactly(3L, 7L, 2L, 6L, 5L, 8L, 1L, 4L);
    }

    @Test
    void theReportShowsConfirmedFindingsOnlyAndWhatToDoFirstIsTheOpenOnes() {
        assertThat(List.of(FindingState.values())).filteredOn(ShownFindings::shown)
                .containsExactlyInAnyOrder(FindingState.OPEN, FindingState.ACCEPTED, FindingState.FIXED);
        assertThat(List.of(FindingState.values())).filteredOn(ShownFindings::toDoFirst).containsExactly(FindingState.OPEN);
    }

    @Test
    void aDateReadsInWarekiAndWesternFormAndATimeInJapanTime() {
        assertThat(ReportDates.both(LocalDate.of(2026, 12, 2))).isEqualTo("令和8年12月2日（2026-12-02）");
        assertThat(ReportDates.both(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日（2019-05-01）");
        assertThat(ReportDates.both(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日（2019-04-30）");
        assertThat(ReportDates.both((LocalDate) null)).isEmpty();
        // 23:30 UTC on 1 December is 08:30 on 2 December in Tokyo
        assertThat(ReportDates.both(OffsetDateTime.of(2026, 12, 1, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("令和8年12月2日（2026-12-02） 08:30");
    }

    @Test
    void textAStartingLikeAFormulaOrWithATabIsKeptAsQuotedText() {
        for (String s : List.of("=SUM(A1)", "+81-3", "-1", "@cmd", "\tx", "\rx")) {
            assertThat(jp.mamori.shared.SpreadsheetText.needsQuote(s)).as(s).isTrue();
        }
        for (String s : List.of("", "保守=あり", "FortiGate", "192.0.2.1", "'quoted")) {
            assertThat(jp.mamori.shared.SpreadsheetText.needsQuote(s)).as(s).isFalse();
        }
        assertThat(jp.mamori.shared.SpreadsheetText.needsQuote(null)).isFalse();
    }

    @Test
    void aRadicalSharingItsGlyphReadsAsItsIdeographAndTheHyphenationPointAsTheMiddleDot() {
        assertThat(SharedGlyphText.preferred("医療法\u2F08")).isEqualTo("医療法人");
        assertThat(SharedGlyphText.preferred("導\u2F0Aする")).isEqualTo("導入する");
        assertThat(SharedGlyphText.preferred("オフライン\u2027バックアップ")).isEqualTo("オフライン・バックアップ");
        assertThat(SharedGlyphText.preferred("CVE-2018-13379 人")).isEqualTo("CVE-2018-13379 人");
        assertThat(SharedGlyphText.preferred(null)).isNull();
    }
}
