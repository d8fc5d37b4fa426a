package com.aeghash.bonus;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of a bonus entry. {@code PENDING} is the name and means exactly what the ledger bucket
 * of the same name means: accrued, visible, not usable; the amount sits in the member's PENDING bucket.
 * A closing moves it to {@code CONFIRMED} (amount moved to AVAILABLE) or, for a refunded order, to
 * {@code CANCELLED} (amount reversed to the company). Both are final.
 */
public enum BonusEntryStatus {
    PENDING, CONFIRMED, CANCELLED;

    private static final Map<BonusEntryStatus, Set<BonusEntryStatus>> ALLOWED = Map.of(
            PENDING, Set.of(CONFIRMED, CANCELLED),
            CONFIRMED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(BonusEntryStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Returns {@code next} or throws when the transition is not in the table. */
    public BonusEntryStatus moveTo(BonusEntryStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("bonus entry cannot move from " + this + " to " + next);
        }
        return next;
    }
}
