package com.aeghash.mining.internal.withdrawal;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Declares an unknown mining withdrawal failed once a different OPERATIONS or FINANCE operator approved it, in the
 * approval's transaction (database only): the release of the hold, the audit entry naming both people and the
 * {@code MiningWithdrawalFailed} event carrying them commit with the approval. A withdrawal that is no longer unknown
 * refuses it (409: the request ends {@code failed}).
 */
@Component
class MiningWithdrawalDecisionApprovals implements ApprovalHandler {

    private final MiningWithdrawalsService withdrawals;

    MiningWithdrawalDecisionApprovals(MiningWithdrawalsService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public String kind() {
        return MiningWithdrawalsService.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.OPERATIONS, Role.FINANCE);
    }

    /** The member whose coins the withdrawal paid out: their own operator never checks the declaration. */
    @Override
    public Optional<String> memberOf(ApprovalRequest request) {
        return Optional.of(request.payload().path("memberId").asString());
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        return "mining withdrawal "
                + withdrawals.declareFailedApproved(request, checker).payoutReference()
                + " declared failed; the hold went back to the member";
    }
}
