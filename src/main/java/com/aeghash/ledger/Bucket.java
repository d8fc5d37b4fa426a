package com.aeghash.ledger;

/**
 * The balances a member holds per asset. {@code PENDING} = accrued but not yet usable (bonuses
 * before closing); {@code AVAILABLE} = usable and withdrawable; {@code WITHDRAWAL_HOLD} = reserved for a
 * withdrawal in progress. {@code BONUS_DEBT} is not a holding but what the member owes the company (a clawed-back
 * bonus their available balance did not cover), positive, mirrored by {@link SystemAccount#BONUS_RECEIVABLE}.
 */
public enum Bucket {
    AVAILABLE,
    PENDING,
    WITHDRAWAL_HOLD,
    BONUS_DEBT
}
