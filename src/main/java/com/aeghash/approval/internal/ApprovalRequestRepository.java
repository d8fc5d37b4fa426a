package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored approval requests ({@code approval_requests}). */
interface ApprovalRequestRepository {

    /**
     * Stores a new request and returns it with its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a request of the kind and subject is open
     */
    ApprovalRow insert(ApprovalRow row);

    Optional<ApprovalRow> find(long id);

    /** The row locked until the caller's transaction ends ({@code FOR UPDATE}). */
    Optional<ApprovalRow> lock(long id);

    /** The request of the kind and subject that awaits approval or executes, if any. */
    Optional<ApprovalRow> findOpen(String kind, String subject);

    /** Writes every field that can change; the row must exist. */
    void update(ApprovalRow row);

    /** Newest first; {@code status} null = every status. */
    List<ApprovalRow> list(ApprovalStatus status, long beforeId, int limit);

    /** Awaiting approval, id above {@code afterId}, oldest first; {@code kind} null = every kind. */
    List<ApprovalRow> awaitingAfter(String kind, long afterId, int limit);

    /** The distinct kinds of the requests awaiting approval, sorted. */
    List<String> awaitingKinds();

    /** Ids of requests awaiting approval whose expiry is at or before {@code now}, oldest first. */
    List<Long> expiredAwaiting(Instant now, int limit);

    /** Ids of requests executing since before {@code updatedBefore}, oldest first. */
    List<Long> staleExecuting(Instant updatedBefore, int limit);
}
