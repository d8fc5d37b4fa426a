package com.aeghash.ledger.internal;

import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Balance changes and postings of {@link LedgerService#postCredits} waiting for the end of their transaction.
 * They are gathered per transaction and written by its last three statements (lock, balances, then postings), just
 * before it commits, or earlier when the ledger is used again in the same transaction ({@link #applyPending}).
 * Members credited by many concurrent transactions (the uplines of every order) thus have their balance rows
 * locked for those statements and the commit instead of for the rest of the transaction, and transactions queuing
 * for those rows hold no lock on them meanwhile (their postings' account key checks come after their own
 * update). Without a transaction the writes are made at once.
 *
 * <p>Lock order: the deferred rows are locked in ascending id order among themselves. A transaction that
 * first posts normally (locking some balance rows) and then defers credits locks the credited rows after the
 * others, out of the global order; two such transactions on overlapping members could deadlock (PostgreSQL
 * detects it and aborts one, a transient failure). No use case mixes the two today: bonus distribution only
 * defers, and {@link LedgerService#postAll} writes what was deferred before it posts.
 *
 * <p>The pending writes live in the transaction's synchronization, not in a thread-bound resource: Spring
 * suspends synchronizations with their transaction, so a transaction started inside another
 * ({@code REQUIRES_NEW}) gathers and writes its own credits, never its outer transaction's.
 */
final class DeferredCredits {

    private final Consumer<EntryWrites> apply;

    /** {@code apply} writes balances (refusing what would go below zero), then postings. */
    DeferredCredits(Consumer<EntryWrites> apply) {
        this.apply = apply;
    }

    void add(EntryWrites writes) {
        if (writes.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply.accept(writes);
            return;
        }
        AtEndOfTransaction current = current();
        if (current == null) {
            current = new AtEndOfTransaction();
            TransactionSynchronizationManager.registerSynchronization(current);
        }
        current.pending.add(writes);
    }

    /** Applies what this transaction deferred so far: reads and debits must see the credits. */
    void applyPending() {
        AtEndOfTransaction current = TransactionSynchronizationManager.isSynchronizationActive() ? current() : null;
        if (current != null && !current.pending.isEmpty()) {
            apply.accept(current.pending.drain());
        }
    }

    private AtEndOfTransaction current() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AtEndOfTransaction ours && ours.owner() == this) {
                return ours;
            }
        }
        return null;
    }

    /** Runs after every other synchronization's work before the commit, so these are the last statements. */
    private final class AtEndOfTransaction implements TransactionSynchronization {

        private final EntryWrites pending = EntryWrites.none();

        private DeferredCredits owner() {
            return DeferredCredits.this;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            applyPending();
        }
    }
}
