package jp.mamori.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.mamori.shared.JapaneseDates;
import org.junit.jupiter.api.Test;

/** The outbox's pure rules: backoff, recipients, subject and body, time left. */
class OutboxRulesTest {

    static final Instant NOW = Instant.parse("2025-07-14T00:00:00Z");

    @Test
    void backoffDoublesFromOneMinuteAndStopsAtAnHour() {
        RetryPolicy p = RetryPolicy.standard();
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 11).stream().map(p::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(p.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theTwelfthFailureGivesUp() {
        RetryPolicy p = RetryPolicy.standard();
        RetryPolicy.AfterFailure first = p.afterFailure(0, NOW);
        assertThat(first).isEqualTo(new RetryPolicy.AfterFailure(1, false, NOW.plus(Duration.ofMinutes(1))));
        assertThat(p.afterFailure(10, NOW)).isEqualTo(new RetryPolicy.AfterFailure(11, false, NOW.plus(Duration.ofHours(1))));
        assertThat(p.afterFailure(11, NOW).givenUp()).isTrue();
        assertThat(p.afterFailure(11, NOW).attempts()).isEqualTo(12);
        assertThat(new RetryPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(1)).afterFailure(0, NOW).givenUp()).isTrue();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recipientsAreTrimmedDedupedAndCheckedLoosely() {
        Recipients.Checked c = Recipients.check(Arrays.asList(" a@hosp.example.jp", "A@HOSP.example.jp", null, "",
                "b@hosp.example.jp", "事務長", "x@y", "two@a.jp, three@b.jp"));
        assertThat(c.valid()).containsExactly("a@hosp.example.jp", "b@hosp.example.jp");
        assertThat(c.invalid()).containsExactly("事務長", "x@y", "two@a.jp, three@b.jp");
        assertThat(c.none()).isFalse();
        assertThat(Recipients.check(null).none()).isTrue();
        assertThat(Recipients.isAddress("情報システム@病院.jp")).as("international addresses pass").isTrue();
    }

    @Test
    void theFirstLineIsTheSubjectAndTheRestTheBody() {
        MailText t = MailText.split("\n件名です  \r\n\r\n本文1行目   \n本文2行目\n\n\n");
        assertThat(t.subject()).isEqualTo("件名です");
        assertThat(t.body()).isEqualTo("本文1行目\n本文2行目\n");
        assertThatThrownBy(() -> MailText.split("\n\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MailText.split("あ".repeat(300) + "\n本文").subject()).hasSize(MailText.MAX_SUBJECT).endsWith("…");
        assertThat(MailText.oneLine("病院\r\n\t名")).isEqualTo("病院 名");
    }

    @Test
    void timeLeftCountsToTheEndOfTheDeadlineDayInTokyo() {
        LocalDate deadline = LocalDate.of(2025, 7, 18);
        assertThat(TimeLeft.endOf(deadline, JapaneseDates.TOKYO)).isEqualTo(Instant.parse("2025-07-18T15:00:00Z"));
        assertThat(TimeLeft.japanese(deadline, JapaneseDates.TOKYO, Instant.parse("2025-07-16T00:00:00Z"))).isEqualTo("あと2日15時間");
        assertThat(TimeLeft.japanese(deadline, JapaneseDates.TOKYO, Instant.parse("2025-07-18T09:40:00Z"))).isEqualTo("あと5時間20分");
        assertThat(TimeLeft.japanese(deadline, JapaneseDates.TOKYO, Instant.parse("2025-07-18T15:00:00Z"))).isEqualTo("期限を過ぎています");
    }
}
