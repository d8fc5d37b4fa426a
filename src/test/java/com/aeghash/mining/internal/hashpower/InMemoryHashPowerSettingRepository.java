package com.aeghash.mining.internal.hashpower;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryHashPowerSettingRepository implements HashPowerSettingRepository {

    private final Map<String, HashPowerSetting> settings = new HashMap<>();

    @Override
    public synchronized Optional<HashPowerSetting> find(String reference) {
        return Optional.ofNullable(settings.get(reference));
    }

    @Override
    public synchronized void insert(HashPowerSetting setting) {
        if (settings.putIfAbsent(setting.reference(), setting) != null) {
            throw new org.springframework.dao.DuplicateKeyException("reference " + setting.reference() + " exists");
        }
    }
}
