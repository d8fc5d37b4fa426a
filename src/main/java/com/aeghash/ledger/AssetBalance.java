package com.aeghash.ledger;

import java.math.BigDecimal;

/** A member's three holding buckets of one asset (a bonus debt is read on its own: {@link Ledger#balancesOf(Asset, Bucket, java.util.Collection)}). */
public record AssetBalance(Asset asset, BigDecimal available, BigDecimal pending, BigDecimal withdrawalHold) {

    public BigDecimal of(Bucket bucket) {
        return switch (bucket) {
            case AVAILABLE -> available;
            case PENDING -> pending;
            case WITHDRAWAL_HOLD -> withdrawalHold;
            case BONUS_DEBT ->
                throw new IllegalArgumentException(
                        "a bonus debt is not a holding: read it with Ledger.balancesOf(asset, BONUS_DEBT, members)");
        };
    }
}
