package com.aeghash.idempotency.internal;

import com.aeghash.idempotency.internal.IdempotencyKeyRecord.NewKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** {@link IdempotencyKeyRepository} in memory, for unit tests; same rules as the SQL version. */
class InMemoryIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private final Map<Long, IdempotencyKeyRecord> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized OptionalLong insertClaim(NewKey key, Instant lockedUntil, Instant now) {
        if (primary(key.scope(), key.idempotencyKey()).isPresent()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(insert(key, true, IdempotencyKeyStatus.IN_PROGRESS, null, null, null, lockedUntil, now));
    }

    @Override
    public synchronized Optional<IdempotencyKeyRecord> findPrimaryForUpdate(String scope, String idempotencyKey) {
        return primary(scope, idempotencyKey);
    }

    @Override
    public synchronized boolean deleteIfExpired(long id, Instant now) {
        IdempotencyKeyRecord row = rows.get(id);
        return row != null && row.isExpiredAt(now) && rows.remove(id) != null;
    }

    @Override
    public synchronized boolean reclaim(long id, int attempt, Instant lockedUntil, Instant now) {
        IdempotencyKeyRecord row = rows.get(id);
        boolean reclaimable = row != null
                && row.attempt() == attempt
                && (row.status() == IdempotencyKeyStatus.FAILED
                        || (row.status() == IdempotencyKeyStatus.IN_PROGRESS && !row.isLeaseActiveAt(now)));
        if (reclaimable) {
            replace(row, IdempotencyKeyStatus.IN_PROGRESS, attempt + 1, null, null, lockedUntil, now);
        }
        return reclaimable;
    }

    @Override
    public synchronized long insertConflict(
            NewKey key, long originalId, int responseStatus, String responseBody, Instant now) {
        return insert(
                key, false, IdempotencyKeyStatus.FAILED_CONFLICT, responseStatus, responseBody, originalId, null, now);
    }

    @Override
    public synchronized boolean complete(long id, int attempt, int responseStatus, String responseBody, Instant now) {
        return finish(id, attempt, IdempotencyKeyStatus.COMPLETED, responseStatus, responseBody, now);
    }

    @Override
    public synchronized boolean fail(long id, int attempt, int responseStatus, String responseBody, Instant now) {
        return finish(id, attempt, IdempotencyKeyStatus.FAILED, responseStatus, responseBody, now);
    }

    private boolean finish(
            long id, int attempt, IdempotencyKeyStatus status, int responseStatus, String body, Instant now) {
        IdempotencyKeyRecord row = rows.get(id);
        if (row == null || row.attempt() != attempt || row.status() != IdempotencyKeyStatus.IN_PROGRESS) {
            return false;
        }
        replace(row, status, attempt, responseStatus, body, null, now);
        return true;
    }

    /** Stores a new row for the key (attempt 1) under the next id, and returns that id. */
    private long insert(
            NewKey key,
            boolean primary,
            IdempotencyKeyStatus status,
            Integer responseStatus,
            String responseBody,
            Long conflictsWith,
            Instant lockedUntil,
            Instant now) {
        long id = nextId++;
        rows.put(
                id,
                new IdempotencyKeyRecord(
                        id,
                        key.scope(),
                        key.idempotencyKey(),
                        primary,
                        key.operation(),
                        key.requestHash(),
                        status,
                        1,
                        responseStatus,
                        responseBody,
                        conflictsWith,
                        lockedUntil,
                        key.expiresAt(),
                        now,
                        now));
        return id;
    }

    /** Stores the primary key {@code row} again with a new state, attempt, response and lease. */
    private void replace(
            IdempotencyKeyRecord row,
            IdempotencyKeyStatus status,
            int attempt,
            Integer responseStatus,
            String responseBody,
            Instant lockedUntil,
            Instant now) {
        rows.put(
                row.id(),
                new IdempotencyKeyRecord(
                        row.id(),
                        row.scope(),
                        row.idempotencyKey(),
                        true,
                        row.operation(),
                        row.requestHash(),
                        status,
                        attempt,
                        responseStatus,
                        responseBody,
                        null,
                        lockedUntil,
                        row.expiresAt(),
                        row.createdAt(),
                        now));
    }

    @Override
    public synchronized int purgeExpired(Instant now, int limit) {
        List<Long> expired = rows.values().stream()
                .filter(row -> row.isExpiredAt(now))
                .sorted(Comparator.comparing(IdempotencyKeyRecord::expiresAt))
                .limit(limit)
                .map(IdempotencyKeyRecord::id)
                .toList();
        expired.forEach(rows::remove);
        return expired.size();
    }

    @Override
    public synchronized List<IdempotencyKeyRecord> findByKey(String scope, String idempotencyKey) {
        return rows.values().stream()
                .filter(row -> row.scope().equals(scope) && row.idempotencyKey().equals(idempotencyKey))
                .toList();
    }

    private Optional<IdempotencyKeyRecord> primary(String scope, String idempotencyKey) {
        return rows.values().stream()
                .filter(row -> row.primary()
                        && row.scope().equals(scope)
                        && row.idempotencyKey().equals(idempotencyKey))
                .findFirst();
    }
}
