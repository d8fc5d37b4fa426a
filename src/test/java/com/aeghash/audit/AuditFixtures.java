package com.aeghash.audit;

import com.aeghash.audit.internal.InMemoryAuditLog;
import java.time.Clock;

/** The audit trail for other modules' tests. */
public final class AuditFixtures {

    private AuditFixtures() {}

    /** An {@link AuditLog} in memory, for tests without Spring or a database. */
    public static AuditLog inMemoryAuditLog(Clock clock) {
        return new InMemoryAuditLog(clock);
    }
}
