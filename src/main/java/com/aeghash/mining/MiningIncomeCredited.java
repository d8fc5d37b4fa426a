package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily mining ETL credited the coins mined on {@code date} to these members' AVAILABLE balances. Published in
 * the transaction of the chunk that credited them, one event per {@link #MEMBERS_MAX} members (the event publication
 * registry stores each event whole, in a bounded column); a member is credited (and appears) once per date.
 */
public record MiningIncomeCredited(LocalDate date, Instant creditedAt, List<MemberIncome> members) {

    public static final int MEMBERS_MAX = 100;

    public MiningIncomeCredited {
        members = List.copyOf(members);
        if (members.isEmpty() || members.size() > MEMBERS_MAX) {
            throw new IllegalArgumentException("1 to " + MEMBERS_MAX + " members per event, got " + members.size());
        }
    }

    /** What one member was credited, per coin (the ledger asset's name); amounts positive. */
    public record MemberIncome(String memberId, Map<String, BigDecimal> coins) {

        public MemberIncome {
            coins = Map.copyOf(coins);
        }
    }
}
