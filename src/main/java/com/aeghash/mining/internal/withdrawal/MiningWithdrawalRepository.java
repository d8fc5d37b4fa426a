package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code mining_withdrawals}: one row per mining withdrawal. Implemented over SQL and in memory. */
public interface MiningWithdrawalRepository {

    /** The stored row, and whether this call created it (false: the payout reference existed). */
    record Insertion(MiningWithdrawalRecord record, boolean created) {}

    /** Inserts the row (its id is ignored) unless a row with its payout reference exists. */
    Insertion insertIfAbsent(MiningWithdrawalRecord withdrawal);

    Optional<MiningWithdrawalRecord> findByPayoutReference(String payoutReference);

    /** Reads the row and locks it until the transaction ends. */
    Optional<MiningWithdrawalRecord> lock(long id);

    /** Writes the mutable fields (status, vendor id and status, counters, reason, times) of the row. */
    void update(MiningWithdrawalRecord withdrawal);

    /**
     * Rows the reconciler should look at, oldest first: submitted or unknown ones whose next check is due, and
     * rows still submitting since before {@code submittingBefore} (their caller is gone).
     */
    List<MiningWithdrawalRecord> due(Instant now, Instant submittingBefore, int limit);

    /** Newest first; {@code status} null = any; {@code beforeId} null = from the newest. */
    List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit);

    /** Which of these vendor withdrawIds already belong to a row. */
    Set<String> withdrawIdsTaken(Collection<String> withdrawIds);
}
