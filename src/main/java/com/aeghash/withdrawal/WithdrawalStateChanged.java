package com.aeghash.withdrawal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A withdrawal was requested ({@code previousState} null) or moved to another state. Published once per change, in
 * the transaction that made it.
 *
 * @param state         the wire name of the new state ({@link WithdrawalOperations#statuses()})
 * @param previousState the wire name of the state it left; null when it was just requested
 * @param version       the withdrawal's version after the change: increases with every change of the withdrawal
 */
public record WithdrawalStateChanged(
        long withdrawalId,
        String memberId,
        String asset,
        BigDecimal amount,
        String state,
        String previousState,
        long version,
        Instant changedAt) {}
