package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The result of an operator adjustment of a member's hash power (MH/s): what it was, the signed difference posted,
 * what it is now, why, and whether this call was a replay of an earlier one with the same reference.
 */
public record HashPowerChange(
        String memberId,
        String reference,
        BigDecimal previousHashPower,
        BigDecimal delta,
        BigDecimal hashPower,
        String reason,
        Instant changedAt,
        boolean replayed) {}
