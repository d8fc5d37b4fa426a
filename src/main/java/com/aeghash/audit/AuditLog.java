package com.aeghash.audit;

import java.util.List;
import java.util.Map;

/** Appends to and reads the audit trail. Entries are never changed or deleted. */
public interface AuditLog {

    /**
     * Who may read the audit trail: the one rule of the API ({@code GET /api/v1/audit}) and the console (its audit
     * page and the dashboard's recent entries). A Spring Security expression.
     */
    String READERS = "hasRole('ADMIN')";

    /** Appends an entry in the caller's transaction (so it commits or rolls back with the action). */
    void record(String actor, String action, String target, Map<String, String> details);

    /**
     * Appends one entry per target, all of one actor and action, in the caller's transaction and in batches (a job that
     * changes many things at once, such as a full rank recomputation, audits each change without a statement per
     * change).
     */
    default void recordAll(String actor, String action, List<Target> targets) {
        targets.forEach(target -> record(actor, action, target.target(), target.details()));
    }

    /** One audited change of {@link #recordAll}: what it changed and how. */
    record Target(String target, Map<String, String> details) {}

    /** Newest first, at most {@code limit} entries (capped at 500), optionally of one action. */
    default List<AuditEntry> recent(String action, int limit) {
        return recent(action, Long.MAX_VALUE, limit);
    }

    /** Newest first from below the id {@code beforeId} (a page of the trail), at most {@code limit} (capped at 500). */
    List<AuditEntry> recent(String action, long beforeId, int limit);

    /**
     * Entries matching {@code query}, newest first, with ids below {@code beforeId} (keyset paging: pass the last
     * id of the previous page), at most {@code limit} (capped at 500).
     */
    List<AuditEntry> search(AuditQuery query, long beforeId, int limit);
}
