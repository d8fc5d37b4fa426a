package com.aeghash.wallet;

import java.time.Instant;

/** A transit reached its final outcome (callback or operator decision). Published once. */
public record WalletTransitSettled(long transactionId, String reference, String memberId, Settlement outcome,
        String txidFee, String txidToken, Instant settledAt) {
}
