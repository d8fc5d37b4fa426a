package com.aeghash.wallet.internal.transactions;

import com.aeghash.wallet.WalletTransactionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wallet transactions. Implemented over SQL ({@link JdbcWalletTransactionRepository}) and, for tests, in memory
 * ({@code InMemoryWalletTransactionRepository}); both pass {@code WalletTransactionRepositoryContract}.
 * It performs no business checks: transitions are checked by {@link TransactionRecord#moveTo}.
 */
public interface WalletTransactionRepository {

    /**
     * Inserts a new transaction and returns it with its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the reference is taken
     */
    TransactionRecord logTransaction(TransactionRecord record);

    /**
     * Writes the changed record if it still has the version it was read with; returns it with the new
     * version, or empty when someone else changed it first.
     */
    Optional<TransactionRecord> update(TransactionRecord changed);

    Optional<TransactionRecord> find(long id);

    /** Reads the row and locks it until the transaction ends ({@code FOR UPDATE}). */
    Optional<TransactionRecord> findForUpdate(long id);

    Optional<TransactionRecord> findByReference(String reference);

    /**
     * Whether a transaction other than {@code id} holds {@code txid} (as its transfer's txid or its transit's token
     * txid, without regard to case): one transfer on the chain proves one transaction, never two.
     */
    boolean txidHeldByAnother(String txid, long id);

    /**
     * Takes the lock that serializes the operators' txid decisions, held until the caller's transaction ends: a
     * decision takes it before it checks {@link #txidHeldByAnother}, so of two decisions attaching one txid to two
     * transactions at the same instant the second sees the first's txid and is refused.
     */
    void lockTxidDecisions();

    /** The member's transactions, newest first. */
    default List<TransactionRecord> findByMember(String memberId, int limit) {
        return findByMemberBefore(memberId, Long.MAX_VALUE, limit);
    }

    /** The member's transactions with an id below {@code beforeId}, newest first (a keyset page). */
    List<TransactionRecord> findByMemberBefore(String memberId, long beforeId, int limit);

    /** Unknown transactions whose next reconciler check is due, oldest check first. */
    List<TransactionRecord> findChecksDue(Instant now, int limit);

    /** Transactions still SUBMITTING since before {@code before}: their process died between phases. */
    List<TransactionRecord> findStaleSubmitting(Instant before, int limit);

    /** Pending transits whose callback deadline has passed. */
    List<TransactionRecord> findOverdueTransits(Instant now, int limit);

    /** Transactions in the status, oldest first. */
    default List<TransactionRecord> findByStatus(WalletTransactionStatus status, int limit) {
        return findByStatusAfter(status, 0, limit);
    }

    /** Transactions in the status with an id above {@code afterId}, oldest first (a keyset page). */
    List<TransactionRecord> findByStatusAfter(WalletTransactionStatus status, long afterId, int limit);
}
