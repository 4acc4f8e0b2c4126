package jp.mamori.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.report.ReportText;
import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;

class ReportTextRulesTest {

    @Test
    void fullWidthAndAsciiSpacesAroundTheTextAreTrimmedAndLineBreaksKept() {
        List<Problem> problems = new ArrayList<>();
        ReportText t = ReportTextRules.normalise("　総括\r\n二行目　 ", List.of("　ＶＰＮの更新 "), problems);
        assertThat(problems).isEmpty();
        assertThat(t.summary()).isEqualTo("総括\n二行目");
        assertThat(t.priorities()).containsExactly("ＶＰＮの更新");
    }

    @Test
    void aMissingSummaryAndABlankPriorityAreEachNamed() {
        List<Problem> problems = new ArrayList<>();
        ReportTextRules.normalise("　", List.of("a", "　"), problems);
        assertThat(problems).extracting(Problem::column).containsExactly("summary", "priorities[1]");
        assertThat(problems.get(1).row()).isEqualTo(2);
    }

    @Test
    void aPriorityIsOneLineAndTooLongTextIsRefused() {
        List<Problem> problems = new ArrayList<>();
        ReportTextRules.normalise("あ".repeat(ReportTextRules.SUMMARY_MAX + 1), List.of("一行目\n二行目"), problems);
        assertThat(problems).extracting(Problem::code).containsExactly("TOO_LONG", "INVALID_CHARACTER");
    }

    @Test
    void tooManyPrioritiesAreRefused() {
        List<Problem> problems = new ArrayList<>();
        ReportTextRules.normalise("総括", java.util.Collections.nCopies(ReportTextRules.PRIORITIES_MAX + 1, "x"), problems);
        assertThat(problems).extracting(Problem::code).containsExactly("TOO_MANY");
    }
}
