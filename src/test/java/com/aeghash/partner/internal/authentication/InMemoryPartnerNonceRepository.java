package com.aeghash.partner.internal.authentication;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link PartnerNonceRepository} in memory, for unit tests. */
class InMemoryPartnerNonceRepository implements PartnerNonceRepository {

    private final Map<String, Instant> seenAtByNonce = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(String partnerId, String nonce, Instant seenAt) {
        return seenAtByNonce.putIfAbsent(partnerId + "\n" + nonce, seenAt) == null;
    }

    @Override
    public synchronized int purgeSeenBefore(Instant cutoff, int limit) {
        int purged = 0;
        Iterator<Instant> seen = seenAtByNonce.values().iterator();
        while (seen.hasNext() && purged < limit) {
            if (seen.next().isBefore(cutoff)) {
                seen.remove();
                purged++;
            }
        }
        return purged;
    }
}
