package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Withdrawals in memory, for unit tests. It has no transactions and no row locks: {@link #lock} is a read,
 * and concurrent changes are caught only by the version check of {@link #update}.
 */
class InMemoryWithdrawalRepository implements WithdrawalRepository {

    private final Map<Long, Withdrawal> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized Withdrawal insert(Withdrawal draft) {
        if (rows.values().stream().anyMatch(row -> draft.idempotencyRecordId().equals(row.idempotencyRecordId()))) {
            throw new DuplicateKeyException("idempotency record " + draft.idempotencyRecordId() + " was used");
        }
        Withdrawal stored = draft.withId(nextId++);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Withdrawal> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Withdrawal> lock(long id) {
        return find(id);
    }

    @Override
    public synchronized Withdrawal update(Withdrawal changed) {
        Withdrawal stored = rows.get(changed.id());
        if (stored == null || stored.version() != changed.version()) {
            throw new OptimisticLockingFailureException("withdrawal " + changed.id() + " changed concurrently");
        }
        Withdrawal next = changed.withVersion(changed.version() + 1);
        rows.put(next.id(), next);
        return next;
    }

    @Override
    public synchronized List<Withdrawal> search(WithdrawalFilter filter, int offset, int limit) {
        return rows.values().stream()
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .filter(row -> filter.flagged() == null || row.flagged() == filter.flagged())
                .filter(row -> filter.memberId() == null || row.memberId().equals(filter.memberId()))
                .sorted(
                        filter.oldestFirst()
                                ? Comparator.comparingLong(Withdrawal::id)
                                : Comparator.comparingLong(Withdrawal::id).reversed())
                .skip(Math.max(offset, 0))
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    @Override
    public synchronized List<Withdrawal> searchAfter(WithdrawalFilter filter, long fromId, int limit) {
        return search(filter, 0, Integer.MAX_VALUE).stream()
                .filter(row -> filter.oldestFirst() ? row.id() > fromId : row.id() < fromId)
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    @Override
    public synchronized BigDecimal amountRequestedSince(String memberId, Asset asset, Instant since) {
        return rows.values().stream()
                .filter(row -> row.memberId().equals(memberId) && row.asset() == asset)
                .filter(row -> !row.createdAt().isBefore(since))
                .filter(row -> !row.status().releasesHold())
                .map(Withdrawal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public synchronized Optional<Withdrawal> lockNextApproved() {
        return rows.values().stream()
                .filter(row -> row.status() == WithdrawalStatus.APPROVED)
                .findFirst();
    }

    @Override
    public synchronized List<Long> dueForReconciliation(Instant now, Instant staleExecutingBefore, int limit) {
        return rows.values().stream()
                .filter(row -> isDue(row, now) || isStaleExecution(row, staleExecutingBefore))
                .map(Withdrawal::id)
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    private static boolean isDue(Withdrawal row, Instant now) {
        ReconciliationState state = row.reconciliation();
        return row.status().awaitsVendor()
                && !state.needsOperator()
                && state.nextAttemptAt() != null
                && !state.nextAttemptAt().isAfter(now);
    }

    private static boolean isStaleExecution(Withdrawal row, Instant staleExecutingBefore) {
        return row.status() == WithdrawalStatus.EXECUTING && !row.updatedAt().isAfter(staleExecutingBefore);
    }
}
