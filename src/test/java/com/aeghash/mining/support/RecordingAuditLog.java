package com.aeghash.mining.support;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit log in memory. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(String actor, String action, String target, Map<String, String> details) {
        entries.add(new AuditEntry(entries.size() + 1L, Instant.now(), actor, action, target, Map.copyOf(details)));
    }

    @Override
    public List<AuditEntry> recent(String action, int limit) {
        return entries.stream().filter(entry -> action == null || entry.action().equals(action)).limit(limit).toList();
    }
}
