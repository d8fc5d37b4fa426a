package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A share of an order's bonuses that was not paid: what it would have paid ({@code amount} = floor8(PV × percentage
 * / 100)), to whom when there was someone ({@code beneficiaryMemberId} and its rank when the order was paid, else
 * null), and why. Recorded with the order's entries, one per plan, bonus type and level.
 */
public record UnpaidBonus(
        String orderReference,
        String plan,
        BonusType type,
        int level,
        String beneficiaryMemberId,
        String beneficiaryRank,
        UnpaidReason reason,
        BigDecimal pvAmount,
        BigDecimal percentage,
        BigDecimal amount,
        Instant createdAt) {}
