package com.aeghash.withdrawal.internal;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The withdrawal API's errors, each with its stable code. */
final class WithdrawalErrors {

    private WithdrawalErrors() {}

    static ApiException notFound(long id) {
        return ApiException.notFound("withdrawal " + id);
    }

    static ApiException invalidState(WithdrawalStatus status, WithdrawalAction action) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "invalid_state",
                null,
                "a withdrawal that is " + status.wireName() + " does not accept " + describe(action),
                Map.of("state", status.wireName()));
    }

    static ApiException nothingToReconcile(WithdrawalStatus status) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "invalid_state",
                null,
                "a withdrawal that is " + status.wireName()
                        + " has nothing to reconcile (or its execution may still be in flight)",
                Map.of("state", status.wireName()));
    }

    static ApiException sameApprover(String approver) {
        return ApiException.conflict(
                "same_approver",
                approver + " already gave the first approval: "
                        + "the second approval must come from a different person");
    }

    static ApiException invalidApprover(String approver) {
        return ApiException.conflict(
                "invalid_approver", approver + " requested this withdrawal or is its member and cannot approve it");
    }

    static ApiException distinctRolesRequired() {
        return ApiException.conflict(
                "distinct_roles_required", "the two approvals must come from one OPERATIONS and one FINANCE operator");
    }

    static ApiException noteRequired() {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "note_required",
                "note",
                "note: approving a flagged withdrawal needs a note",
                Map.of());
    }

    static ApiException assetNotWithdrawable(Asset asset) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "asset_not_withdrawable",
                "asset",
                "asset: " + asset + " cannot be withdrawn (no payout gateway handles it)",
                Map.of());
    }

    /** Its replay is the same response with {@code Idempotent-Replayed: true}. */
    static ApiException riskRejected(long withdrawalId, List<String> reasons) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "risk_rejected",
                null,
                "the withdrawal was cancelled by the risk rules: " + String.join("; ", reasons),
                Map.of("withdrawalId", withdrawalId, "reasons", List.copyOf(reasons)));
    }

    private static String describe(WithdrawalAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
