package com.aeghash.bonus;

import com.aeghash.common.Lifecycle;

/**
 * Lifecycle of a bonus entry. {@code PENDING} is the name the API shows and means exactly what the ledger bucket
 * of the same name means: accrued, visible, not usable; the amount sits in the member's PENDING bucket.
 * A closing moves it to {@code CONFIRMED} (amount moved to AVAILABLE) or, for a refunded order, to
 * {@code CANCELLED} (amount reversed to the company). Both are final.
 */
public enum BonusEntryStatus {
    PENDING,
    CONFIRMED,
    CANCELLED;

    private static final Lifecycle<BonusEntryStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "bonus entry", BonusEntryStatus.class)
            .allow(PENDING, CONFIRMED, CANCELLED)
            .build();

    public boolean canMoveTo(BonusEntryStatus next) {
        return LIFECYCLE.canMove(this, next);
    }

    /** Returns {@code next}, or throws {@link IllegalStateException} when the table does not allow the move. */
    public BonusEntryStatus moveTo(BonusEntryStatus next) {
        return LIFECYCLE.requireMove(this, next);
    }

    public boolean isFinal() {
        return LIFECYCLE.isFinal(this);
    }
}
