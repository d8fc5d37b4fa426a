package com.aeghash.partner.internal.authentication;

import java.time.Instant;

/** Nonces already used by each partner (replay protection). */
public interface PartnerNonceRepository {

    /** Records the nonce; false when the partner used it before (and it was not purged yet). */
    boolean claim(String partnerId, String nonce, Instant seenAt);

    /** Deletes at most {@code limit} nonces seen before the cutoff; returns how many. */
    int purgeSeenBefore(Instant cutoff, int limit);
}
