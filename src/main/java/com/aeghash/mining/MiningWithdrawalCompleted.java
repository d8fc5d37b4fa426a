package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;

/** HashDam completed the withdrawal; the hold was moved to payout clearing ({@code {payoutReference}:clear}). */
public record MiningWithdrawalCompleted(
        String payoutReference,
        String memberId,
        Asset coin,
        BigDecimal amount,
        String withdrawId,
        Instant completedAt) {}
