package com.aeghash.common;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's "SessionManager": how work is grouped into database transactions.
 *
 * <p>The rules every module follows:
 * <ol>
 *   <li><b>One transaction per use case, at the service boundary.</b> A public service method that
 *       changes state is {@code @Transactional} (or runs its body through {@link #inTransaction});
 *       controllers never open transactions and repositories never commit on their own.</li>
 *   <li><b>Never across a vendor call.</b> Work with MBlock or HashDam runs in atomic phases: record the
 *       intent and commit ({@link #inNewTransaction}), call the vendor with no transaction open, record
 *       the outcome in a second transaction. No row lock is ever held while waiting for the network.</li>
 *   <li><b>Batch jobs commit per chunk.</b> A job walks its input in bounded chunks and commits each one
 *       ({@link #inNewTransaction}) together with its progress row, so a crash loses at most one chunk
 *       and a re-run resumes after the last committed chunk.</li>
 * </ol>
 */
@Component
public class UnitOfWork {

    private final TransactionTemplate joining;
    private final TransactionTemplate requiringNew;

    public UnitOfWork(PlatformTransactionManager transactionManager) {
        this.joining = new TransactionTemplate(transactionManager);
        this.requiringNew = new TransactionTemplate(transactionManager);
        this.requiringNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in the current transaction, or in a new one when none is active. */
    public <T> T inTransaction(Supplier<T> work) {
        return joining.execute(status -> work.get());
    }

    public void inTransaction(Runnable work) {
        joining.executeWithoutResult(status -> work.run());
    }

    /** Runs the work in its own transaction, committed when this method returns (one phase or chunk). */
    public <T> T inNewTransaction(Supplier<T> work) {
        return requiringNew.execute(status -> work.get());
    }

    public void inNewTransaction(Runnable work) {
        requiringNew.executeWithoutResult(status -> work.run());
    }

    /**
     * Rule 2: refuses (IllegalStateException) to start a use case that calls a vendor from inside a caller's
     * transaction. Its phases commit on their own; a transaction held open across the call would hold row locks
     * for seconds and could roll back the recorded intent of a call that did reach the vendor.
     */
    public static void requireNoTransaction(String useCase) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    useCase + " calls a vendor in phases of its own: call it outside any" + " transaction");
        }
    }
}
