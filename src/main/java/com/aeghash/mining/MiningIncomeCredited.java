package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One chunk of the daily mining ETL credited the coins mined on {@code date} to its members' AVAILABLE balances.
 * Published once per chunk, in the chunk's transaction; a member is credited (and appears) once per date.
 */
public record MiningIncomeCredited(LocalDate date, Instant creditedAt, List<MemberIncome> members) {

    public MiningIncomeCredited {
        members = List.copyOf(members);
    }

    /** What one member was credited, per coin (the ledger asset's name); amounts positive. */
    public record MemberIncome(String memberId, Map<String, BigDecimal> coins) {

        public MemberIncome {
            coins = Map.copyOf(coins);
        }
    }
}
