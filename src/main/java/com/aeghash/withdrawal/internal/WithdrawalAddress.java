package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.time.Instant;

/** An external address a member registered for payouts; usable once the cooling period after {@code registeredAt} passed. */
record WithdrawalAddress(
        long id,
        String memberId,
        Asset asset,
        String address,
        String label,
        Instant registeredAt,
        String registeredBy) {}
