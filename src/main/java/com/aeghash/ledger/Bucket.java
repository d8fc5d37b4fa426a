package com.aeghash.ledger;

/**
 * The three balances a member holds per asset. {@code PENDING} = accrued but not yet usable (bonuses
 * before closing); {@code AVAILABLE} = usable and withdrawable; {@code WITHDRAWAL_HOLD} = reserved for a
 * withdrawal in progress.
 */
public enum Bucket {
    AVAILABLE,
    PENDING,
    WITHDRAWAL_HOLD
}
