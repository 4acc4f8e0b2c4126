package jp.mamori.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownBeforeShareTest {

    @Test
    void theShareIsUnknownOverAllAnsweredPointsToFourPlaces() {
        assertThat(UnknownBeforeShare.of(10L, 5L)).isEqualTo(0.6667);
        assertThat(UnknownBeforeShare.of(0L, 7L)).isEqualTo(0.0);
    }

    @Test
    void aShareNextToASuppressedCountIsSuppressedToo() {
        assertThat(UnknownBeforeShare.of(null, 5L)).isNull();
        assertThat(UnknownBeforeShare.of(5L, null)).isNull();
    }

    @Test
    void noPointsGiveNoShare() {
        assertThat(UnknownBeforeShare.of(0L, 0L)).isNull();
    }
}
