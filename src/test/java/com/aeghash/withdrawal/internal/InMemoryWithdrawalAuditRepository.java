package com.aeghash.withdrawal.internal;

import java.util.ArrayList;
import java.util.List;

/** The withdrawal audit trail in memory, for unit tests. */
class InMemoryWithdrawalAuditRepository implements WithdrawalAuditRepository {

    private final List<WithdrawalAuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(WithdrawalAuditEntry entry) {
        entries.add(new WithdrawalAuditEntry(
                entries.size() + 1L,
                entry.withdrawalId(),
                entry.action(),
                entry.actor(),
                entry.statusAfter(),
                entry.amount(),
                entry.notes(),
                entry.metadata(),
                entry.occurredAt()));
    }

    @Override
    public synchronized List<WithdrawalAuditEntry> trailOf(long withdrawalId) {
        return entries.stream()
                .filter(entry -> entry.withdrawalId() == withdrawalId)
                .limit(TRAIL_MAX)
                .toList();
    }
}
