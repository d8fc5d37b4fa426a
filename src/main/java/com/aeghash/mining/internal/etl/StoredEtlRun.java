package com.aeghash.mining.internal.etl;

import com.aeghash.mining.EtlRun;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.time.Instant;

/**
 * A run with the bookkeeping the API does not show: whether its figures were fixed ({@code prepared}), the
 * keyset cursor (last member id committed) and the lease.
 */
public record StoredEtlRun(EtlRun run, boolean prepared, String cursorMemberId, String leaseOwner, Instant leaseUntil) {

    public long id() {
        return run.id();
    }

    /** The basis fixed when the run was prepared (time-weighted for a run prepared before it was stored). */
    public AllocationBasis allocationBasis() {
        return AllocationBasis.fromWireName(run.allocationBasis());
    }
}
