package com.aeghash.ledger;

import java.math.BigDecimal;

/** A member's three buckets of one asset. */
public record AssetBalance(Asset asset, BigDecimal available, BigDecimal pending, BigDecimal withdrawalHold) {

    public BigDecimal of(Bucket bucket) {
        return switch (bucket) {
            case AVAILABLE -> available;
            case PENDING -> pending;
            case WITHDRAWAL_HOLD -> withdrawalHold;
        };
    }
}
