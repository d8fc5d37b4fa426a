package com.aeghash.mining.internal.hashpower;

import java.util.Optional;

/** {@code mining_hash_power_adjustments}. Implemented over SQL and in memory. */
public interface HashPowerAdjustmentRepository {

    Optional<HashPowerAdjustment> find(String reference);

    /** Stores a new adjustment; the reference is unique (a duplicate is a constraint violation). */
    void insert(HashPowerAdjustment adjustment);
}
