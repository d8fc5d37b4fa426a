package com.aeghash.mining.internal.balances;

import com.aeghash.mining.MiningBalanceRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code mining_balances}: hash power and mined totals, one row per member. Implemented over SQL and in memory. */
public interface MiningBalanceRepository {

    /** Creates the member's row when missing (hash power 0) and locks it until the transaction ends. */
    void lockMember(String memberId, Instant now);

    void updateHashPower(String memberId, BigDecimal hashPower, Instant now);

    /**
     * Upserts a batch: sets hash power, adds the mined amounts to the cumulative totals and moves the last
     * credited date forward to {@code date} (never back), with a bounded number of statements.
     */
    void recordCredits(List<MiningCredit> credits, LocalDate date, Instant now);

    Optional<MiningBalanceRecord> find(String memberId);
}
