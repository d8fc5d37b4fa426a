package com.aeghash.mining;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The withdrawal definitely did not happen; the hold went back to available ({@code {payoutReference}:release}).
 *
 * @param decision the operators who declared it failed; null when HashDam's answer did
 */
public record MiningWithdrawalFailed(
        String payoutReference,
        String memberId,
        Asset coin,
        BigDecimal amount,
        String reason,
        Instant failedAt,
        OperatorDecision decision) {}
