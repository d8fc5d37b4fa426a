package com.aeghash.withdrawal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payout to execute.
 *
 * @param payoutReference {@code withdrawal:{id}}, stable across retries: the adapter's idempotency key and
 *                        the key of {@link PayoutGateway#reconcile}
 * @param amount          what the member receives, at most 8 decimals; the hold is exactly this amount
 * @param destination     an external address the member whitelisted, or null for the default destination
 *                        (POINT: the member's platform wallet; coins: the platform's exchange account)
 */
public record PayoutCommand(
        String payoutReference,
        long withdrawalId,
        String memberId,
        Asset asset,
        BigDecimal amount,
        String destination) {

    public PayoutCommand {
        Objects.requireNonNull(payoutReference, "payoutReference");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
        if (!payoutReference.equals(PayoutReferences.payout(withdrawalId))) {
            throw new IllegalArgumentException(
                    "payout reference " + payoutReference + " is not withdrawal " + withdrawalId);
        }
    }
}
