package jp.mamori.nomination.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parsers of single values: dates, yes/no, whole numbers (phone and email: shared.ContactFormatTest). */
class FormValuesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026/1/31            | 2026-01-31
            2026/01/31           | 2026-01-31
            2026-01-31           | 2026-01-31
            2026.1.31            | 2026-01-31
            2026年1月31日         | 2026-01-31
            2026年1月31          | 2026-01-31
            ２０２６年１月３１日     | 2026-01-31
            2026/1/31 0:00       | 2026-01-31
            2026/1/31 00:00:00   | 2026-01-31
            20260131             | 2026-01-31
            46053                | 2026-01-31
            令和8年1月31日         | 2026-01-31
            令和８年１月３１日      | 2026-01-31
            令和 8年 1月 31日      | 2026-01-31
            ㋿8年1月31日          | 2026-01-31
            R8.1.31              | 2026-01-31
            r8.1.31              | 2026-01-31
            Ｒ８．１．３１           | 2026-01-31
            R8/1/31              | 2026-01-31
            R8-1-31              | 2026-01-31
            令和8年1月             | 2026-01-31
            令和8年2月             | 2026-02-28
            令和8年1月末           | 2026-01-31
            令和8年3月頃           | 2026-03-31
            R8.2                 | 2026-02-28
            2026年2月             | 2026-02-28
            2028/2               | 2028-02-29
            令和元年5月1日          | 2019-05-01
            令和元年12月           | 2019-12-31
            平成31年4月30日        | 2019-04-30
            平成31年5月1日         | 2019-05-01
            H30.3.31             | 2018-03-31
            ㍻30年3月31日          | 2018-03-31
            """)
    void readsEveryDateFormatPrefecturesType(String text, LocalDate expected) {
        assertThat(FormDates.parseText(text, false)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"来年", "2026/2/30", "2026/13/1", "令和8年13月", "R8", "S60.1.1", "1/31", "2026", "120",
            "1900/1/1", "令和8年1月32日", "2026-01-31T00:00", "未定"})
    void refusesWhatIsNotADate(String text) {
        assertThat(FormDates.parseText(text, false)).isEmpty();
    }

    @Test
    void readsSerialsAndCompactNumbersAndRefusesImplausibleOnes() {
        assertThat(FormDates.fromNumber(46053, false)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(FormDates.fromNumber(46053.75, false)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(FormDates.fromNumber(44591, true)).isEqualTo(LocalDate.of(2026, 1, 31)); // the 1904 date system
        assertThat(FormDates.fromNumber(20260131, false)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(FormDates.fromNumber(120, false)).isNull();
        assertThat(FormDates.fromNumber(-5, false)).isNull();
        assertThat(FormDates.fromNumber(99_999_999, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"あり", "有り", "有", "はい", "○", "〇", "◯", "TRUE", "true", "ＴＲＵＥ", " あり ", "　有　"})
    void yesWords(String word) {
        assertThat(Answers.renewal(CellInput.text(word))).contains(true);
        assertThat(Answers.consent(CellInput.text(word))).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"なし", "無し", "無", "いいえ", "×", "FALSE", "false"})
    void noWords(String word) {
        assertThat(Answers.renewal(CellInput.text(word))).contains(false);
        assertThat(Answers.consent(CellInput.text(word))).contains(false);
    }

    @Test
    void doneAndNotYetFitTheConsentColumnOnly() {
        assertThat(Answers.consent(CellInput.text("済"))).contains(true);
        assertThat(Answers.consent(CellInput.text("済み"))).contains(true);
        assertThat(Answers.consent(CellInput.text("未"))).contains(false);
        assertThat(Answers.renewal(CellInput.text("済"))).isEmpty();
        assertThat(Answers.renewal(CellInput.text("未"))).isEmpty();
        assertThat(Answers.renewal(CellInput.bool(true))).contains(true);
        assertThat(Answers.consent(CellInput.bool(false))).contains(false);
        assertThat(Answers.consent(CellInput.text("たぶん"))).isEmpty();
        assertThat(Answers.renewal(CellInput.number(1, false, "1"))).isEmpty();
    }

    @Test
    void wholeNumbers() {
        assertThat(Numbers.whole(CellInput.text("１２０"), "床")).contains(120L);
        assertThat(Numbers.whole(CellInput.text("120床"), "床")).contains(120L);
        assertThat(Numbers.whole(CellInput.text("1,200"), "床")).contains(1200L);
        assertThat(Numbers.whole(CellInput.text(" 0 "), null)).contains(0L);
        assertThat(Numbers.whole(CellInput.number(120, false, "120"), null)).contains(120L);
        assertThat(Numbers.whole(CellInput.number(120.5, false, "120.5"), null)).isEmpty();
        assertThat(Numbers.whole(CellInput.number(46053, true, "2026/1/31"), null)).isEmpty();
        assertThat(Numbers.whole(CellInput.text("二百"), "床")).isEmpty();
        assertThat(Numbers.whole(CellInput.text("-3"), null)).isEmpty();
        assertThat(Numbers.whole(CellInput.text("12,00"), null)).isEmpty();
        assertThat(Numbers.whole(CellInput.text("100000"), null)).isEmpty();
    }

    @Test
    void headersMatchAfterNfkcAndWithoutSpacesOrLineBreaks() {
        assertThat(FormLayout.columnFor("担当者１所属")).contains(FormColumn.CONTACT1_DEPARTMENT);
        assertThat(FormLayout.columnFor(" 担当者1\n所属 ")).contains(FormColumn.CONTACT1_DEPARTMENT);
        assertThat(FormLayout.columnFor("医療機関　コード")).contains(FormColumn.HOSPITAL_CODE);
        assertThat(FormLayout.columnFor("医療機関番号")).isEmpty();
    }

    @Test
    void textIsNfkcAndTrimmed() {
        assertThat(FormText.normalize("　ｻｯﾎﾟﾛ北病院（本院）　")).isEqualTo("サッポロ北病院(本院)");
        assertThat(FormText.normalize("一行目\r\n二行目 ")).isEqualTo("一行目\n二行目");
        assertThat(CellInput.text(" \u3000 ").isBlank()).isTrue();
    }
}
