package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;

/** {@code mining_withdrawals} in memory, with the same uniqueness rules (payout reference, withdrawId). */
public class InMemoryMiningWithdrawalRepository implements MiningWithdrawalRepository {

    private final Map<Long, MiningWithdrawalRecord> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Insertion insertIfAbsent(MiningWithdrawalRecord withdrawal) {
        Optional<MiningWithdrawalRecord> existing = findByPayoutReference(withdrawal.payoutReference());
        if (existing.isPresent()) {
            return new Insertion(existing.get(), false);
        }
        MiningWithdrawalRecord stored = withId(withdrawal, nextId++);
        requireUniqueWithdrawId(stored);
        rows.put(stored.id(), stored);
        return new Insertion(stored, true);
    }

    @Override
    public synchronized Optional<MiningWithdrawalRecord> findByPayoutReference(String payoutReference) {
        return rows.values().stream()
                .filter(row -> row.payoutReference().equals(payoutReference))
                .findFirst();
    }

    @Override
    public synchronized Optional<MiningWithdrawalRecord> lock(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized void update(MiningWithdrawalRecord withdrawal) {
        if (!rows.containsKey(withdrawal.id())) {
            throw new IllegalStateException("mining withdrawal " + withdrawal.id() + " does not exist");
        }
        requireUniqueWithdrawId(withdrawal);
        rows.put(withdrawal.id(), withdrawal);
    }

    @Override
    public synchronized List<MiningWithdrawalRecord> due(Instant now, Instant submittingBefore, int limit) {
        return rows.values().stream()
                .filter(row -> switch (row.status()) {
                    case SUBMITTED, UNKNOWN ->
                        row.nextCheckAt() != null && !row.nextCheckAt().isAfter(now);
                    case SUBMITTING -> !row.requestedAt().isAfter(submittingBefore);
                    default -> false;
                })
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit) {
        return rows.values().stream()
                .filter(row -> status == null || row.status() == status)
                .filter(row -> beforeId == null || row.id() < beforeId)
                .sorted(Comparator.comparingLong(MiningWithdrawalRecord::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Set<String> withdrawIdsTaken(Collection<String> withdrawIds) {
        return rows.values().stream()
                .map(MiningWithdrawalRecord::withdrawId)
                .filter(Objects::nonNull)
                .filter(withdrawIds::contains)
                .collect(Collectors.toSet());
    }

    private void requireUniqueWithdrawId(MiningWithdrawalRecord withdrawal) {
        if (withdrawal.withdrawId() != null
                && rows.values().stream()
                        .anyMatch(row -> row.id() != withdrawal.id()
                                && withdrawal.withdrawId().equals(row.withdrawId()))) {
            throw new DuplicateKeyException("withdrawId " + withdrawal.withdrawId() + " belongs to another row");
        }
    }

    private static MiningWithdrawalRecord withId(MiningWithdrawalRecord row, long id) {
        return row.with(draft -> draft.id = id);
    }
}
