package com.aeghash.wallet;

import java.time.Instant;

/**
 * A transfer reached its final outcome (at once, through the reconciler, or by an operator's decision).
 * Published once, in the transaction that recorded the outcome; the caller that chose the reference (for
 * example a withdrawal payout) listens for it.
 */
public record WalletTransferSettled(long transactionId, String reference, String source, Settlement outcome,
        String txid, Instant settledAt) {
}
