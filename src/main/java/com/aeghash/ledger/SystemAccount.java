package com.aeghash.ledger;

import java.util.Locale;

/**
 * The company's side of member postings. System account balances are not cached (they would be hot rows
 * locked by every transaction); they are derived from postings when read.
 */
public enum SystemAccount {
    /** Bonuses paid to members. */
    BONUS_EXPENSE,
    /** Coins mined through HashDam and allocated to members. */
    MINING_INCOME,
    /** Amounts that left the platform through a completed withdrawal. */
    PAYOUT_CLEARING,
    /** Value pushed in by partners (AEGMALL hash-power purchases). */
    PARTNER_FUNDING,
    /** Operator corrections. */
    MANUAL_ADJUSTMENT,
    /** Hash power set by operators. */
    HASHPOWER_ISSUANCE,
    /** The company treasury wallet's tokens spent on hash power at HashDam (mining procurement). */
    TREASURY,
    /** What procurements bought at HashDam: tokens paid in, the project's hash power received. */
    HASHDAM_PROCUREMENT,
    /** The project's hash power at HashDam bought by procurements (MH/s). */
    PROJECT_HASHPOWER,
    /**
     * Bonus debts members owe (POINT): minus the sum of the members' {@link Bucket#BONUS_DEBT} buckets, the other side
     * of every debt created or recovered.
     */
    BONUS_RECEIVABLE;

    public String accountName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
