package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The mining module's API for operators and other modules (withdrawals go through {@link MiningWithdrawals}, runs
 * an operator starts through {@link EtlRunRequests}; the daily run itself belongs to the module's schedule).
 * Vendor calls are made outside any database transaction; each method commits its own work.
 */
public interface Mining {

    /**
     * Reads {@code hashBalance}, {@code assetBalance} and {@code hashRateRecently} from HashDam and stores them
     * as one snapshot.
     *
     * @throws com.aeghash.common.ApiException 502 {@code hashdam_unavailable} when a call fails (nothing stored)
     */
    ProjectSnapshot takeProjectSnapshot();

    Optional<ProjectSnapshot> latestProjectSnapshot();

    /**
     * Sets the member's hash power (MH/s, the ledger {@code HASHPOWER} available balance) to {@code hashPower}
     * by posting the difference against the hash-power issuance account. The reference makes the command
     * idempotent: the same reference again changes nothing and returns the first result with
     * {@code replayed = true}; the same reference with another member or amount is a 409 {@code reference_conflict}.
     * A member id that is not registered is a 422 {@code unknown_member} ({@link com.aeghash.common.RegisteredMembers}).
     */
    HashPowerChange setHashPower(String memberId, BigDecimal hashPower, String reference, String actor);

    Optional<MiningBalanceRecord> miningBalance(String memberId);

    Optional<EtlRun> etlRun(LocalDate date);

    /** Newest dates first, at most {@code limit} (capped at 100). */
    List<EtlRun> recentEtlRuns(int limit);
}
