package com.aeghash.withdrawal.internal;

import java.time.Instant;

/**
 * Where a withdrawal stands on the reconciliation schedule: how many times the vendor was asked, when to ask
 * next (null = not scheduled), and whether the schedule ran out and an operator must decide.
 */
record ReconciliationState(int attempts, Instant nextAttemptAt, boolean needsOperator) {

    static final ReconciliationState NONE = new ReconciliationState(0, null, false);
}
