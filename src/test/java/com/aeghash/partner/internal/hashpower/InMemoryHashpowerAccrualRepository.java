package com.aeghash.partner.internal.hashpower;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link HashpowerAccrualRepository} in memory, for unit tests. */
class InMemoryHashpowerAccrualRepository implements HashpowerAccrualRepository {

    private final Map<String, HashpowerAccrual> accruals = new ConcurrentHashMap<>();

    @Override
    public boolean insert(HashpowerAccrual accrual) {
        return accruals.putIfAbsent(key(accrual.partnerId(), accrual.reference()), accrual) == null;
    }

    @Override
    public Optional<HashpowerAccrual> find(String partnerId, String reference) {
        return Optional.ofNullable(accruals.get(key(partnerId, reference)));
    }

    private static String key(String partnerId, String reference) {
        return partnerId + "\n" + reference;
    }
}
