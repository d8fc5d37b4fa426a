package com.aeghash.mining.internal.hashpower;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryHashPowerAdjustmentRepository implements HashPowerAdjustmentRepository {

    private final Map<String, HashPowerAdjustment> adjustments = new HashMap<>();

    @Override
    public synchronized Optional<HashPowerAdjustment> find(String reference) {
        return Optional.ofNullable(adjustments.get(reference));
    }

    @Override
    public synchronized void insert(HashPowerAdjustment adjustment) {
        if (adjustments.putIfAbsent(adjustment.reference(), adjustment) != null) {
            throw new org.springframework.dao.DuplicateKeyException("reference " + adjustment.reference() + " exists");
        }
    }
}
