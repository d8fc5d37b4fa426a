package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The result of setting a member's hash power (MH/s): what it was, what it is now, and whether this call
 * was a replay of an earlier one with the same reference.
 */
public record HashPowerChange(
        String memberId,
        String reference,
        BigDecimal previousHashPower,
        BigDecimal hashPower,
        Instant changedAt,
        boolean replayed) {}
