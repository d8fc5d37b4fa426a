package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Account ids never change once an account exists, so they are cached to spare the ledger's posting paths (the
 * queued bonus credits of paid orders, partner orders' hash power, withdrawals) one query per posting. Only ids of
 * committed accounts may enter it (see {@code LedgerService}). Bounded: past {@link #ENTRIES_MAX} it starts over.
 */
final class AccountIdCache {

    static final int ENTRIES_MAX = 200_000;
    private final Map<AccountRef, Long> ids = new ConcurrentHashMap<>();

    Map<AccountRef, Long> known(Collection<AccountRef> accounts) {
        Map<AccountRef, Long> known = new HashMap<>();
        for (AccountRef account : accounts) {
            Long id = ids.get(account);
            if (id != null) {
                known.put(account, id);
            }
        }
        return known;
    }

    void clear() {
        ids.clear();
    }

    void remember(Map<AccountRef, Long> found) {
        if (ids.size() + found.size() > ENTRIES_MAX) {
            ids.clear();
        }
        ids.putAll(found);
    }
}
