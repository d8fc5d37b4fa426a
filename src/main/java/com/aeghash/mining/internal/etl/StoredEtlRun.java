package com.aeghash.mining.internal.etl;

import com.aeghash.mining.EtlRun;
import java.time.Instant;

/**
 * A run with the bookkeeping the API does not show: whether its figures were fixed ({@code prepared}), the
 * keyset cursor (last member id committed) and the lease.
 */
public record StoredEtlRun(EtlRun run, boolean prepared, String cursorMemberId, String leaseOwner, Instant leaseUntil) {

    public long id() {
        return run.id();
    }
}
