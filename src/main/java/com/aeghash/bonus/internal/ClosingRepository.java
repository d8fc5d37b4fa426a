package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Closing runs and the status changes of the entries they take. */
interface ClosingRepository {

    /** Pending entries a closing with this threshold would take now: refunded orders, or paid before it. */
    long countClosable(Instant paidBefore);

    /** Inserts a RUNNING closing for the cut-off unless one exists (then nothing is written); true when inserted. */
    boolean insertIfAbsent(Instant cutoff, Instant paidBefore, long totalEntries, String startedBy, Instant startedAt);

    Optional<ClosingRun> findByCutoff(Instant cutoff);

    Optional<ClosingRun> find(long id);

    /**
     * Takes the closings' lock until the transaction ends (chunks of all closings run one at a time), then
     * reads the closing.
     */
    Optional<ClosingRun> lock(long id);

    /** Newest first from below the id {@code beforeId}, at most {@code limit}. */
    List<ClosingRun> recent(long beforeId, int limit);

    /**
     * Closable pending entries after the keyset (beneficiary, id), in that order, at most {@code limit}.
     */
    List<ClosableEntry> closableAfter(
            Instant paidBefore, String afterBeneficiaryMemberId, long afterEntryId, int limit);

    /** Moves the entries that are still PENDING to the status; returns how many moved. */
    int moveEntries(List<Long> entryIds, BonusEntryStatus status, long closingId, Instant closedAt);

    /** Records what a chunk recovered of its members' bonus debts (nothing when the recovery is empty). */
    void recordDebtRecoveries(long closingId, int chunk, DebtRecovery recovery, Instant recoveredAt);

    /** Stores counters, keyset, status and finish time. */
    void saveProgress(ClosingRun run);
}
