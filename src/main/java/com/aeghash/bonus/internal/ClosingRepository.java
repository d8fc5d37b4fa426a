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
     * Takes the closings' lock exclusively until the transaction ends: closings are created under it, so their ids
     * follow the order they were committed in, and no chunk runs meanwhile.
     */
    void lockClosings();

    /**
     * Takes the closings' lock exclusively until the transaction ends (no chunk and no refund runs meanwhile), then
     * reads and locks the closing: starting a closing, fixing its ranges and the global share's steps run so.
     */
    Optional<ClosingRun> lock(long id);

    /**
     * Takes the closings' lock shared until the transaction ends (chunks of a closing run side by side, refunds wait
     * for them and they for refunds); true when no closing older than this one is still running, the condition for
     * writing one of its chunks (closings write their entries in the order they were started).
     */
    boolean enterChunk(long closingId);

    /** Ids of the running closings started before this one, oldest first. */
    List<Long> olderRunning(long closingId);

    /** Newest first from below the id {@code beforeId}, at most {@code limit}. */
    List<ClosingRun> recent(long beforeId, int limit);

    /**
     * The last member of each of consecutive groups of beneficiaries of closable entries, each group starting a new
     * one once {@code entriesPerRange} entries are counted (a member's entries stay in one group), ascending, without
     * the last group's: the ends of the closing's ranges but its open last one.
     */
    List<String> rangeEnds(Instant paidBefore, int entriesPerRange);

    /** Closable pending entries of the range's beneficiaries, in the order (beneficiary, id). */
    List<ClosableEntry> closableIn(Instant paidBefore, ClosingRange range);

    /** Whether the closing's ranges are fixed. */
    boolean hasRanges(long closingId);

    /** Stores the closing's ranges, all pending. */
    void addRanges(long closingId, List<ClosingRange> ranges);

    /**
     * Claims the first pending range that no one holds (none claimed it, or its lease ended before {@code now}) for
     * the worker until {@code leaseUntil}; its number, or empty when there is none to claim now.
     */
    Optional<Integer> claimRange(long closingId, String worker, Instant now, Instant leaseUntil);

    /** Locks the range until the transaction ends if it is still pending and claimed by the worker. */
    Optional<ClosingRange> lockClaimedRange(long closingId, int chunkNo, String worker);

    /** Ends the worker's claim on the range if it still holds it and the range is pending. */
    void releaseRange(long closingId, int chunkNo, String worker);

    /** Marks the (locked) range done with the number of entries its chunk took. */
    void rangeDone(long closingId, int chunkNo, int entries, Instant doneAt);

    /** Ranges of the closing still pending (claimed or not). */
    long pendingRanges(long closingId);

    /** Moves the entries that are still PENDING to the status; returns how many moved. */
    int moveEntries(List<Long> entryIds, BonusEntryStatus status, long closingId, Instant closedAt);

    /** Records what a chunk recovered of its members' bonus debts (nothing when the recovery is empty). */
    void recordDebtRecoveries(long closingId, int chunk, DebtRecovery recovery, Instant recoveredAt);

    /** Stores counters, keyset, status and finish time. */
    void saveProgress(ClosingRun run);

    /**
     * Adds a committed chunk's counts and amounts to the running closing (chunks of several workers add up) and
     * records its last entry as the closing's latest; false when the closing is not running.
     */
    boolean addChunk(long closingId, ClosingChunk chunk);
}
