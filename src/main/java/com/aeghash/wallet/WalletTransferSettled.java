package com.aeghash.wallet;

import java.time.Instant;

/**
 * A transfer was settled (at once, through the reconciler, or by an operator's decision), {@code outcome}
 * saying how. Published once, in the transaction that recorded the settlement; the caller that chose the
 * reference (for example a withdrawal payout) listens for it.
 */
public record WalletTransferSettled(
        long transactionId, String reference, String source, Settlement outcome, String txid, Instant settledAt) {}
