package com.aeghash.wallet;

import com.aeghash.approval.OperatorDecision;
import java.time.Instant;

/**
 * A transit was settled (callback or operator decision), {@code outcome} saying how. Published once.
 *
 * @param decision who decided it when operators did; null when MBlock's callback settled it
 */
public record WalletTransitSettled(
        long transactionId,
        String reference,
        String memberId,
        Settlement outcome,
        String txidFee,
        String txidToken,
        Instant settledAt,
        OperatorDecision decision) {}
