package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;

/** {@link ApprovalRequestRepository} in memory, for tests; the open subject is unique as in the table. */
final class InMemoryApprovalRequestRepository implements ApprovalRequestRepository {

    private final Map<Long, ApprovalRow> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized ApprovalRow insert(ApprovalRow row) {
        requireOpenSubjectFree(row, 0);
        long id = ids.incrementAndGet();
        ApprovalRow stored = row.withId(id);
        rows.put(id, stored);
        return stored;
    }

    @Override
    public Optional<ApprovalRow> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<ApprovalRow> lock(long id) {
        return find(id);
    }

    @Override
    public Optional<ApprovalRow> findOpen(String kind, String subject) {
        return rows.values().stream()
                .filter(row -> (kind + ":" + subject).equals(row.openSubject()))
                .findFirst();
    }

    @Override
    public synchronized void update(ApprovalRow row) {
        if (!rows.containsKey(row.id())) {
            throw new IllegalStateException("approval request " + row.id() + " does not exist");
        }
        requireOpenSubjectFree(row, row.id());
        rows.put(row.id(), row);
    }

    @Override
    public List<ApprovalRow> list(ApprovalStatus status, long beforeId, int limit) {
        return rows.values().stream()
                .filter(row -> status == null || row.status() == status)
                .filter(row -> row.id() < beforeId)
                .sorted(Comparator.comparingLong(ApprovalRow::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<ApprovalRow> awaitingAfter(String kind, long afterId, int limit) {
        return rows.values().stream()
                .filter(row -> row.status() == ApprovalStatus.AWAITING_APPROVAL)
                .filter(row -> kind == null || row.kind().equals(kind))
                .filter(row -> row.id() > afterId)
                .sorted(Comparator.comparingLong(ApprovalRow::id))
                .limit(limit)
                .toList();
    }

    @Override
    public List<String> awaitingKinds() {
        return rows.values().stream()
                .filter(row -> row.status() == ApprovalStatus.AWAITING_APPROVAL)
                .map(ApprovalRow::kind)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public List<Long> expiredAwaiting(Instant now, int limit) {
        return rows.values().stream()
                .filter(row -> row.status() == ApprovalStatus.AWAITING_APPROVAL
                        && !row.expiresAt().isAfter(now))
                .map(ApprovalRow::id)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Long> staleExecuting(Instant updatedBefore, int limit) {
        return rows.values().stream()
                .filter(row -> row.status() == ApprovalStatus.EXECUTING
                        && row.updatedAt().isBefore(updatedBefore))
                .map(ApprovalRow::id)
                .limit(limit)
                .toList();
    }

    private void requireOpenSubjectFree(ApprovalRow row, long ownId) {
        if (row.openSubject() != null
                && rows.values().stream()
                        .anyMatch(other ->
                                other.id() != ownId && Objects.equals(other.openSubject(), row.openSubject()))) {
            throw new DuplicateKeyException("approval_requests_one_open_per_subject");
        }
    }
}
