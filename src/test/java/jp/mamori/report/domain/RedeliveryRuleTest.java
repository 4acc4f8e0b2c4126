package jp.mamori.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RedeliveryRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    static final LocalDate FIRST = LocalDate.of(2026, 2, 1);

    @Test
    void theFirstVersionIsDeliveredByTheDeliveryStepNotHere() {
        assertThatThrownBy(() -> RedeliveryRule.check(null, VersionState.APPROVED, TODAY, null, TODAY))
                .extracting("code").isEqualTo("STEP_INCOMPLETE");
    }

    @Test
    void onlyAnApprovedVersionIsDelivered() {
        assertThatThrownBy(() -> RedeliveryRule.check(FIRST, VersionState.DRAFT, TODAY, null, TODAY))
                .extracting("code").isEqualTo("REPORT_NOT_APPROVED");
        assertThatThrownBy(() -> RedeliveryRule.check(FIRST, VersionState.DELIVERED, TODAY, null, TODAY))
                .extracting("code").isEqualTo("REPORT_NOT_APPROVED");
    }

    @Test
    void aDeliveryDateInTheFutureOrBeforeTheApprovalIsRefused() {
        assertThatThrownBy(() -> RedeliveryRule.check(FIRST, VersionState.APPROVED, TODAY.minusDays(2), TODAY.plusDays(1), TODAY))
                .extracting("code", "field").containsExactly("INVALID_VALUE", "deliveredOn");
        assertThatThrownBy(() -> RedeliveryRule.check(FIRST, VersionState.APPROVED, TODAY.minusDays(2), TODAY.minusDays(3), TODAY))
                .extracting("code").isEqualTo("INVALID_VALUE");
    }

    @Test
    void noDateMeansToday() {
        assertThat(RedeliveryRule.check(FIRST, VersionState.APPROVED, TODAY, null, TODAY)).isEqualTo(TODAY);
        assertThat(RedeliveryRule.check(FIRST, VersionState.APPROVED, FIRST.plusDays(1), TODAY.minusDays(1), TODAY)).isEqualTo(TODAY.minusDays(1));
    }
}
