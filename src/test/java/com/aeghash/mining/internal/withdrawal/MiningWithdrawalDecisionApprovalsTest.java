package com.aeghash.mining.internal.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** A declaration that a member's mining withdrawal failed names that member to the approval module's checks. */
class MiningWithdrawalDecisionApprovalsTest {

    @Test
    void theMemberOfTheWithdrawalIsTheMemberWhoseOperatorMayNotCheckIt() {
        ApprovalRequest request = new ApprovalRequest(
                1,
                MiningWithdrawalsService.APPROVAL_KIND,
                "mining-withdrawal:payout-1",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("payoutReference", "payout-1")
                        .put("memberId", "m-42"),
                "gone",
                ApprovalStatus.AWAITING_APPROVAL,
                "ops-anna",
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(3600),
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(new MiningWithdrawalDecisionApprovals(null).memberOf(request))
                .contains("m-42");
    }
}
