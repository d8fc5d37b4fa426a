package com.aeghash.wallet;

import com.aeghash.approval.OperatorDecision;
import java.time.Instant;

/**
 * A transfer was settled (at once, through the reconciler, or by an operator's decision), {@code outcome}
 * saying how. Published once, in the transaction that recorded the settlement; the caller that chose the
 * reference (for example a withdrawal payout) listens for it.
 *
 * @param decision who decided it when operators did (both people when a second one approved); null when MBlock's
 *                 answer, a receipt or a callback settled it
 */
public record WalletTransferSettled(
        long transactionId,
        String reference,
        String source,
        Settlement outcome,
        String txid,
        Instant settledAt,
        OperatorDecision decision) {}
