package jp.mamori.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.mamori.shared.PrefectureCode;
import org.junit.jupiter.api.Test;

class SubmissionWindowTest {

    static final PrefectureCode TOKYO = new PrefectureCode("13");
    static final PrefectureCode OSAKA = new PrefectureCode("27");
    static final SubmissionWindow WINDOW = new SubmissionWindow(LocalDate.of(2025, 7, 18),
            Map.of(OSAKA, LocalDate.of(2025, 7, 25)));

    @Test
    void aDeadlineIsTheEndOfThatDayInJapan() {
        // 2025-07-18 23:59:59 JST = 14:59:59 UTC
        assertThat(WINDOW.isOpen(TOKYO, Instant.parse("2025-07-18T14:59:59Z"))).isTrue();
        assertThat(WINDOW.isOpen(TOKYO, Instant.parse("2025-07-18T14:59:59.999Z"))).isTrue();
        assertThat(WINDOW.isOpen(TOKYO, Instant.parse("2025-07-18T15:00:00Z"))).isFalse();
        assertThat(WINDOW.closesAt(TOKYO)).isEqualTo(Instant.parse("2025-07-18T15:00:00Z"));
    }

    @Test
    void anExtensionOpensTheWindowForThatPrefectureOnly() {
        Instant afterDeadline = Instant.parse("2025-07-20T03:00:00Z");
        assertThat(WINDOW.isOpen(OSAKA, afterDeadline)).isTrue();
        assertThat(WINDOW.isOpen(TOKYO, afterDeadline)).isFalse();
        assertThat(WINDOW.isOpen(OSAKA, Instant.parse("2025-07-25T14:59:59Z"))).isTrue();
        assertThat(WINDOW.isOpen(OSAKA, Instant.parse("2025-07-25T15:00:00Z"))).isFalse();
        assertThat(WINDOW.extended(OSAKA)).isTrue();
        assertThat(WINDOW.extended(TOKYO)).isFalse();
    }

    @Test
    void anExtensionBeforeTheDeadlineShortensNothing() {
        SubmissionWindow w = new SubmissionWindow(LocalDate.of(2025, 7, 18), Map.of(TOKYO, LocalDate.of(2025, 7, 1)));
        assertThat(w.lastDay(TOKYO)).isEqualTo(LocalDate.of(2025, 7, 18));
    }
}
