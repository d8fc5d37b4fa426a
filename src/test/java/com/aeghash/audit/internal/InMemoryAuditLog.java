package com.aeghash.audit.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The audit trail in memory, for unit tests of services that audit. */
public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final Clock clock;

    public InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(String actor, String action, String target, Map<String, String> details) {
        entries.add(new AuditEntry(entries.size() + 1L, clock.instant(), actor, action, target, Map.copyOf(details)));
    }

    @Override
    public synchronized List<AuditEntry> recent(String action, long beforeId, int limit) {
        return entries.stream()
                .filter(entry -> action == null || entry.action().equals(action))
                .filter(entry -> entry.id() < beforeId)
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
                .limit(Math.min(Math.max(limit, 1), JdbcAuditLog.LIMIT_MAX))
                .toList();
    }
}
