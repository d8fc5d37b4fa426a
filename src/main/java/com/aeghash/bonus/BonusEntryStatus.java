package com.aeghash.bonus;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of a bonus entry. {@code PENDING} is the name the API shows and means exactly what the ledger bucket
 * of the same name means: accrued, visible, not usable; the amount sits in the member's PENDING bucket.
 * A closing moves it to {@code CONFIRMED} (amount moved to AVAILABLE) or, for a refunded order, to
 * {@code CANCELLED} (amount reversed to the company, final). A confirmed entry of an order refunded after its closing
 * becomes {@code CLAWED_BACK} (final): its amount taken back from the beneficiary's AVAILABLE, the rest recorded as
 * the beneficiary's bonus debt (docs/modules/bonus.md, "Refunds after confirmation").
 */
public enum BonusEntryStatus implements LifecycleState<BonusEntryStatus> {
    PENDING,
    CONFIRMED,
    CANCELLED,
    CLAWED_BACK;

    private static final Lifecycle<BonusEntryStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "bonus entry", BonusEntryStatus.class)
            .allow(PENDING, CONFIRMED, CANCELLED)
            .allow(CONFIRMED, CLAWED_BACK)
            .build();

    @Override
    public Lifecycle<BonusEntryStatus, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }
}
