package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The hash power each member held during a mined UTC day (HashDam's day), read from the ledger's dated HASHPOWER
 * postings in one statement per page: time-weighted ({@code integral / seconds of the day}, rounded down to 18
 * decimals) or the balance at the day's start. Postings from the day's end on are not read, so a purchase at 00:50
 * of the next day earns nothing of this one.
 */
final class HeldHashPower {

    private final Ledger ledger;

    HeldHashPower(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Members who held hash power during {@code date} on {@code basis}, in member order after {@code afterMemberId}. */
    List<MemberHolding> page(LocalDate date, AllocationBasis basis, String afterMemberId, int limit) {
        return page(date, basis, afterMemberId, null, limit);
    }

    /** The same, only members up to {@code upToMemberId} (inclusive, in the database's order; null = no bound). */
    List<MemberHolding> page(
            LocalDate date, AllocationBasis basis, String afterMemberId, String upToMemberId, int limit) {
        Instant from = startOf(date);
        Instant to = startOf(date.plusDays(1));
        BigDecimal daySeconds = BigDecimal.valueOf(to.getEpochSecond() - from.getEpochSecond());
        return ledger
                .membersHoldingDuring(Asset.HASHPOWER, Bucket.AVAILABLE, from, to, afterMemberId, upToMemberId, limit)
                .stream()
                .map(holding -> new MemberHolding(holding.memberId(), held(holding, basis, daySeconds)))
                .toList();
    }

    private static BigDecimal held(HoldingOverTime holding, AllocationBasis basis, BigDecimal daySeconds) {
        return switch (basis) {
            case START_OF_DAY -> holding.atStart();
            case TIME_WEIGHTED ->
                holding.amountSeconds().divide(daySeconds, ProfitAllocation.SCALE_DECIMALS, RoundingMode.DOWN);
        };
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
