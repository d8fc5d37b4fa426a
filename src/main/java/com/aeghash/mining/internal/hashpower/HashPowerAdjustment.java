package com.aeghash.mining.internal.hashpower;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One applied operator adjustment of a member's hash power, kept by its caller reference so a repeat gets its first
 * result and is not applied again. Exactly one of {@code requestedDelta} ({@code +10}, {@code -5}) and
 * {@code requestedTarget} ("adjust to") is set; {@code delta} is what was posted.
 */
public record HashPowerAdjustment(
        String reference,
        String memberId,
        BigDecimal requestedDelta,
        BigDecimal requestedTarget,
        BigDecimal delta,
        BigDecimal previousHashPower,
        BigDecimal hashPower,
        String reason,
        String actor,
        Instant createdAt) {

    /** Whether a repeated request asks for the same thing as this one. */
    boolean sameRequestAs(String otherMemberId, HashPowerAdjustmentRequest request) {
        return memberId.equals(otherMemberId)
                && sameAmount(requestedDelta, request.delta())
                && sameAmount(requestedTarget, request.target());
    }

    private static boolean sameAmount(BigDecimal stored, BigDecimal asked) {
        return stored == null ? asked == null : asked != null && stored.compareTo(asked) == 0;
    }
}
