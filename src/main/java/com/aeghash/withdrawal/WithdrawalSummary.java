package com.aeghash.withdrawal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A withdrawal as operators see it.
 *
 * @param status       the wire name of its status ({@link WithdrawalOperations#statuses()})
 * @param riskFindings for a flagged withdrawal, each risk finding recorded when it was flagged
 *                     ({@code rule: severity: message}); empty otherwise
 */
public record WithdrawalSummary(long id, String payoutReference, String memberId, Asset asset, BigDecimal amount,
        String destination, String ipAddress, String deviceId, String geo, String status, boolean flagged,
        List<String> riskFindings, String requestedBy, String firstApprover, String finalApprover, String decidedBy,
        String statusReason, String vendorReference, int reconcileAttempts, Instant nextReconcileAt,
        boolean needsOperator, Instant createdAt, Instant updatedAt) {

    public WithdrawalSummary {
        riskFindings = List.copyOf(riskFindings);
    }
}
