package com.aeghash.audit.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditQuery;
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

    @Override
    public synchronized List<AuditEntry> search(AuditQuery query, long beforeId, int limit) {
        return entries.stream()
                .filter(entry -> query.actor() == null || entry.actor().equals(query.actor()))
                .filter(entry -> query.actionPrefix() == null || entry.action().startsWith(query.actionPrefix()))
                .filter(entry -> query.target() == null || query.target().equals(entry.target()))
                .filter(entry -> query.from() == null || !entry.occurredAt().isBefore(query.from()))
                .filter(entry -> query.to() == null || entry.occurredAt().isBefore(query.to()))
                .filter(entry -> entry.id() < beforeId)
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
                .limit(Math.min(Math.max(limit, 1), JdbcAuditLog.LIMIT_MAX))
                .toList();
    }
}
