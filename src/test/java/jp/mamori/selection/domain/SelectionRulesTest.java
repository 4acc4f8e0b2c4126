package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.PrefectureQuota;

import static jp.mamori.selection.domain.Fixtures.OSAKA;
import static jp.mamori.selection.domain.Fixtures.S_L;
import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.fy2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SelectionRulesTest {

    @Test
    void aPrefectureAbsentFromTheQuotasHasQuotaZero() {
        SelectionRules rules = fy2025().quota(TOKYO, 45).build();
        assertThat(rules.quota(TOKYO)).isEqualTo(45);
        assertThat(rules.quota(OSAKA)).isZero();
        assertThat(rules.bandQuota(OSAKA, "S")).isZero();
    }

    @Test
    void bandQuotasMustAddUpToThePrefectureQuota() {
        assertThatIllegalArgumentException().isThrownBy(() -> fy2025().bands(S_L)
                .quota(TOKYO, new PrefectureQuota(45, Map.of("S", 30, "L", 10))).build());
        SelectionRules ok = fy2025().bands(S_L).quota(TOKYO, PrefectureQuota.banded(Map.of("S", 30, "L", 15))).build();
        assertThat(ok.quota(TOKYO)).isEqualTo(45);
        assertThat(ok.bandQuota(TOKYO, "L")).isEqualTo(15);
    }

    @Test
    void overlappingBandsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                fy2025().bands(List.of(BedBand.of("S", 20, 200), BedBand.from("L", 200))).build());
    }

    @Test
    void bandQuotasOfAnUnknownBandOrInAnUnbandedProgramAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> fy2025().bands(S_L)
                .quota(TOKYO, PrefectureQuota.banded(Map.of("M", 3))).build());
        assertThatIllegalArgumentException().isThrownBy(() -> fy2025()
                .quota(TOKYO, PrefectureQuota.banded(Map.of("S", 3))).build());
    }

    @Test
    void priorityKeysDefaultToSelectionMdOrder() {
        assertThat(fy2025().priorityKeys(null).build().priorityKeys()).containsExactly(
                PriorityKey.DISASTER_BASE, PriorityKey.ACUTE_CARE, PriorityKey.BEDS, PriorityKey.PREFECTURE_RANK,
                PriorityKey.PREFECTURE_CODE, PriorityKey.HOSPITAL_CODE);
    }

    @Test
    void bandsBindOnlyWithoutSpill() {
        assertThat(fy2025().bands(S_L).bandSpill(false).build().bandsBind()).isTrue();
        assertThat(fy2025().bands(S_L).bandSpill(true).build().bandsBind()).isFalse();
        assertThat(fy2025().build().bandsBind()).isFalse();
    }
}
