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
     * Adjusts the member's hash power (MH/s, the ledger {@code HASHPOWER} available balance) by a signed
     * {@code delta} ({@code +10}, {@code -5}) with a reason, posted against the hash-power issuance account at this
     * moment (the daily run counts it from now on; nothing is overwritten). The reference makes the command
     * idempotent: the same reference again changes nothing and returns the first result with {@code replayed = true};
     * the same reference with another member or amount is a 409 {@code reference_conflict}. A result below zero is a
     * 422 {@code hash_power_below_zero}; a member id that is not registered a 422 {@code unknown_member}.
     */
    HashPowerChange adjustHashPower(String memberId, BigDecimal delta, String reason, String reference, String actor);

    /**
     * "Adjust to": posts the difference between {@code target} and the member's hash power at this moment as an
     * adjustment (same rules as {@link #adjustHashPower}); a target equal to the balance records an adjustment of 0.
     */
    HashPowerChange adjustHashPowerTo(
            String memberId, BigDecimal target, String reason, String reference, String actor);

    /** The member's mining figures, with the hash power the ledger holds now. */
    Optional<MiningBalanceRecord> miningBalance(String memberId);

    Optional<EtlRun> etlRun(LocalDate date);

    /** Newest dates first, at most {@code limit} (capped at 100). */
    List<EtlRun> recentEtlRuns(int limit);

    /** Runs of dates before {@code date}, newest dates first, at most {@code limit} (capped at 101): a keyset page. */
    List<EtlRun> etlRunsBefore(LocalDate date, int limit);
}
