package com.aeghash.mining.internal.hashpower;

import java.util.Optional;

/** {@code mining_hash_power_settings}. Implemented over SQL and in memory. */
public interface HashPowerSettingRepository {

    Optional<HashPowerSetting> find(String reference);

    /** Stores a new setting; the reference is unique (a duplicate is a constraint violation). */
    void insert(HashPowerSetting setting);
}
