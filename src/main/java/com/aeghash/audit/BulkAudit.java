package com.aeghash.audit;

/**
 * Set-based audit for jobs that change many rows at once in SQL (a full rank recomputation): the entries are
 * written by the database from a query, never read into memory. Same entries as {@link AuditLog#recordAll} would
 * write for the same targets and details.
 */
public interface BulkAudit {

    /**
     * Appends one entry per row of {@code rows}, all of one actor and action and one time, in one {@code INSERT …
     * SELECT} in the caller's transaction; returns how many.
     */
    long recordRows(String actor, String action, AuditRows rows);
}
