package com.aeghash.wallet.internal.transactions;

import com.aeghash.wallet.WalletTransactionStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;

/** Wallet transactions in memory, for unit tests of the services; same contract as the SQL implementation. */
public class InMemoryWalletTransactionRepository implements WalletTransactionRepository {

    private final Map<Long, TransactionRecord> rows = new TreeMap<>();
    private long nextId = 1;
    private int txidDecisionLocks;

    @Override
    public synchronized TransactionRecord logTransaction(TransactionRecord record) {
        if (findByReference(record.reference()).isPresent()) {
            throw new DuplicateKeyException("reference " + record.reference() + " is taken");
        }
        TransactionRecord stored = record.withId(nextId++);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<TransactionRecord> update(TransactionRecord changed) {
        TransactionRecord current = rows.get(changed.id());
        if (current == null || current.version() != changed.version()) {
            return Optional.empty();
        }
        TransactionRecord stored = changed.withVersion(changed.version() + 1);
        rows.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<TransactionRecord> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<TransactionRecord> findForUpdate(long id) {
        return find(id);
    }

    @Override
    public synchronized Optional<TransactionRecord> findByReference(String reference) {
        return rows.values().stream()
                .filter(row -> row.reference().equals(reference))
                .findFirst();
    }

    @Override
    public synchronized boolean txidHeldByAnother(String txid, long id) {
        return rows.values().stream()
                .anyMatch(row -> row.id() != id
                        && (txid.equalsIgnoreCase(row.txid()) || txid.equalsIgnoreCase(row.txidToken())));
    }

    /**
     * Counts the locks taken (a test reads {@link #txidDecisionLocks()}); this repository has no transactions, and its
     * callers run one at a time, as its {@link #findForUpdate} locks nothing either.
     */
    @Override
    public synchronized void lockTxidDecisions() {
        txidDecisionLocks++;
    }

    public synchronized int txidDecisionLocks() {
        return txidDecisionLocks;
    }

    @Override
    public synchronized List<TransactionRecord> findByMemberBefore(String memberId, long beforeId, int limit) {
        return select(
                row -> Objects.equals(row.memberId(), memberId) && row.id() < beforeId,
                Comparator.comparing(TransactionRecord::id).reversed(),
                limit);
    }

    @Override
    public synchronized List<TransactionRecord> findChecksDue(Instant now, int limit) {
        return select(
                row -> row.status() == WalletTransactionStatus.UNKNOWN
                        && row.nextCheckAt() != null
                        && !row.nextCheckAt().isAfter(now),
                Comparator.comparing(TransactionRecord::nextCheckAt).thenComparing(TransactionRecord::id),
                limit);
    }

    @Override
    public synchronized List<TransactionRecord> findStaleSubmitting(Instant before, int limit) {
        return select(
                row -> row.status() == WalletTransactionStatus.SUBMITTING
                        && row.updatedAt().isBefore(before),
                Comparator.comparing(TransactionRecord::id),
                limit);
    }

    @Override
    public synchronized List<TransactionRecord> findOverdueTransits(Instant now, int limit) {
        return select(
                row -> row.status() == WalletTransactionStatus.PENDING_TRANSIT
                        && row.deadlineAt() != null
                        && !row.deadlineAt().isAfter(now),
                Comparator.comparing(TransactionRecord::deadlineAt).thenComparing(TransactionRecord::id),
                limit);
    }

    @Override
    public synchronized List<TransactionRecord> findByStatusAfter(
            WalletTransactionStatus status, long afterId, int limit) {
        return select(
                row -> row.status() == status && row.id() > afterId,
                Comparator.comparing(TransactionRecord::id),
                limit);
    }

    private List<TransactionRecord> select(
            Predicate<TransactionRecord> filter, Comparator<TransactionRecord> order, int limit) {
        return rows.values().stream().filter(filter).sorted(order).limit(limit).toList();
    }
}
