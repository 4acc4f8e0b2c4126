package jp.mamori.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalWithdrawalTest {

    @Test
    void aChangeLeavesADraftAsItIs() {
        assertThat(ApprovalWithdrawal.after(VersionState.DRAFT)).isEqualTo(ApprovalWithdrawal.Outcome.NOTHING);
    }

    @Test
    void aChangeWithdrawsAnApproval() {
        assertThat(ApprovalWithdrawal.after(VersionState.APPROVED)).isEqualTo(ApprovalWithdrawal.Outcome.WITHDRAW);
    }

    @Test
    void aChangeAfterDeliveryOpensANewVersionAndLeavesTheDeliveredOne() {
        assertThat(ApprovalWithdrawal.after(VersionState.DELIVERED)).isEqualTo(ApprovalWithdrawal.Outcome.NEW_VERSION);
    }
}
