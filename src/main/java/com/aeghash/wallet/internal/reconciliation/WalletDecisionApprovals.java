package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.OperatorDecision;
import com.aeghash.security.Role;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.WalletTransaction;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Records an operator's decision on an unknown wallet transaction once a different OPERATIONS or FINANCE operator
 * approved it, in the approval's transaction (database only). A transaction that is no longer unknown refuses it
 * (409, the request ends {@code failed}); a settled transfer announces itself with both names, so a withdrawal paid
 * by it names them in its trail.
 */
@Component
class WalletDecisionApprovals implements ApprovalHandler {

    private final WalletOperationsService operations;

    WalletDecisionApprovals(WalletOperationsService operations) {
        this.operations = operations;
    }

    @Override
    public String kind() {
        return WalletOperationsService.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.OPERATIONS, Role.FINANCE);
    }

    /** The member whose wallet sent the transaction: their own operator never checks the decision. */
    @Override
    public Optional<String> memberOf(ApprovalRequest request) {
        return operations.memberOf(request.payload().path("transactionId").asLong());
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        JsonNode payload = request.payload();
        long transactionId = payload.path("transactionId").asLong();
        Resolution resolution = new Resolution(
                "succeeded".equals(payload.path("outcome").asString()),
                payload.hasNonNull("txid") ? payload.path("txid").asString() : null,
                payload.path("note").asString());
        WalletTransaction decided = operations.settle(
                operations.unknown(transactionId), resolution, OperatorDecision.approved(request, checker));
        return "wallet " + decided.kind().code() + " " + decided.id() + " is now "
                + decided.status().code();
    }
}
