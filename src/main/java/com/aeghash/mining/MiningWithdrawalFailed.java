package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;

/** The withdrawal definitely did not happen; the hold went back to available ({@code {payoutReference}:release}). */
public record MiningWithdrawalFailed(
        String payoutReference, String memberId, Asset coin, BigDecimal amount, String reason, Instant failedAt) {}
