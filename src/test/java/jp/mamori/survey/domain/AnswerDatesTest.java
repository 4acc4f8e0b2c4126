package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnswerDatesTest {

    @Test
    void westernDatesAreReadWithOrWithoutPadding() {
        assertThat(AnswerDates.parse("2025-04-01")).contains(LocalDate.of(2025, 4, 1));
        assertThat(AnswerDates.parse("2025/4/1")).contains(LocalDate.of(2025, 4, 1));
        assertThat(AnswerDates.parse("2025年4月1日")).contains(LocalDate.of(2025, 4, 1));
    }

    @Test
    void warekiDatesAreReadInEveryUsualForm() {
        assertThat(AnswerDates.parse("令和7年4月1日")).contains(LocalDate.of(2025, 4, 1));
        assertThat(AnswerDates.parse("R7.4.1")).contains(LocalDate.of(2025, 4, 1));
        assertThat(AnswerDates.parse("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
        assertThat(AnswerDates.parse("平成31年4月30日")).contains(LocalDate.of(2019, 4, 30));
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(AnswerDates.parse("令和7年2月30日")).isEmpty();
        assertThat(AnswerDates.parse("2025-13-01")).isEmpty();
        assertThat(AnswerDates.parse("きのう")).isEmpty();
        assertThat(AnswerDates.parse(null)).isEmpty();
    }

    @Test
    void theQuestionnaireAcceptsAFullWidthWarekiDate() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("backup.restoreTestedOn", "令和７年４月１日");
        given.put("staff.it", "１２");
        Map<String, Object> out = QuestionnaireRules.normalise(QuestionnaireRulesTest.FIRST, given, QuestionnaireRulesTest.TODAY);
        assertThat(out).containsEntry("backup.restoreTestedOn", "2025-04-01").containsEntry("staff.it", 12);
    }
}
