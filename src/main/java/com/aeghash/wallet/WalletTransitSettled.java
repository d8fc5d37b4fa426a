package com.aeghash.wallet;

import java.time.Instant;

/** A transit was settled (callback or operator decision), {@code outcome} saying how. Published once. */
public record WalletTransitSettled(
        long transactionId,
        String reference,
        String memberId,
        Settlement outcome,
        String txidFee,
        String txidToken,
        Instant settledAt) {}
