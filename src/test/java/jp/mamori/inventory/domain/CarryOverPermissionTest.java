package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.inventory.domain.CarryOverPermission.Holder;
import org.junit.jupiter.api.Test;

class CarryOverPermissionTest {

    static final Holder PRIME = new Holder("prime", null);
    static final Holder SUB_A = new Holder("sub-a", "prime");
    static final Holder SUB_B = new Holder("sub-b", "prime");
    static final Holder OTHER = new Holder("other", null);

    @Test
    void theSameOrganizationMayCarryOver() {
        assertThat(CarryOverPermission.refusal(SUB_A, new Holder("sub-a", "prime"), false)).isEmpty();
    }

    @Test
    void aContractorMayCarryOverItsSubcontractorsCaseAndTheOtherWayRound() {
        assertThat(CarryOverPermission.refusal(PRIME, SUB_A, false)).isEmpty();
        assertThat(CarryOverPermission.refusal(SUB_A, PRIME, false)).isEmpty();
    }

    @Test
    void twoSubcontractorsOfOneContractorNeedTheHospitalsConsent() {
        assertThat(CarryOverPermission.refusal(SUB_A, SUB_B, false)).hasValueSatisfying(r -> assertThat(r).contains("同意"));
        assertThat(CarryOverPermission.refusal(SUB_A, SUB_B, true)).isEmpty();
    }

    @Test
    void anotherContractorNeedsTheHospitalsConsent() {
        assertThat(CarryOverPermission.refusal(PRIME, OTHER, false)).isPresent();
        assertThat(CarryOverPermission.refusal(PRIME, OTHER, true)).isEmpty();
    }

    @Test
    void lastYearsCaseWithoutAnOrganizationNeedsTheHospitalsConsent() {
        assertThat(CarryOverPermission.refusal(PRIME, null, false)).isPresent();
        assertThat(CarryOverPermission.refusal(PRIME, null, true)).isEmpty();
    }
}
