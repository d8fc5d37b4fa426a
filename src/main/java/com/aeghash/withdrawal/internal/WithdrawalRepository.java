package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Withdrawal requests; SQL ({@link JdbcWithdrawalRepository}) and in memory ({@code InMemoryWithdrawalRepository}). */
interface WithdrawalRepository {

    int LIMIT_MAX = 1_000;

    /**
     * Inserts a draft and returns it with its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a withdrawal exists for its idempotency record
     */
    Withdrawal insert(Withdrawal draft);

    Optional<Withdrawal> find(long id);

    /** Reads and row-locks the withdrawal until the caller's transaction ends ({@code SELECT ... FOR UPDATE}). */
    Optional<Withdrawal> lock(long id);

    /**
     * Writes the changed fields if the stored version still equals {@code changed.version()} and returns the
     * row with the version incremented.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when another writer changed it first
     */
    Withdrawal update(Withdrawal changed);

    /** Newest first; {@code limit} capped at {@link #LIMIT_MAX}. */
    List<Withdrawal> search(WithdrawalFilter filter, int offset, int limit);

    /**
     * A keyset page: the matching withdrawals after the id {@code fromId} (exclusive) in the filter's order, ascending
     * ids when oldest first, else descending; {@code limit} capped at {@link #LIMIT_MAX}. Only the filters given
     * are in the statement, so each filter's index serves it.
     */
    List<Withdrawal> searchAfter(WithdrawalFilter filter, long fromId, int limit);

    /** Sum of the member's requests of the asset created at or after {@code since}, except rejected, cancelled and failed ones. */
    BigDecimal amountRequestedSince(String memberId, Asset asset, Instant since);

    /**
     * Locks the oldest approved withdrawal that no other transaction holds ({@code FOR UPDATE SKIP LOCKED}), so
     * several instances running the approval batch never wait for or claim the same row.
     */
    Optional<Withdrawal> lockNextApproved();

    /**
     * Ids of withdrawals to ask the vendor about: {@code submitted} or {@code unknown} ones whose next attempt
     * is due and which do not wait for an operator, and {@code executing} ones not updated since
     * {@code staleExecutingBefore} (left by a crash between the phases of execution). Oldest first.
     */
    List<Long> dueForReconciliation(Instant now, Instant staleExecutingBefore, int limit);
}
