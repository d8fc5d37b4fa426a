package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.balances.MiningCredit;
import com.aeghash.mining.internal.etl.ProfitAllocation.ChunkAllocation;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one chunk inside the caller's transaction: the next members with hash power (keyset after the
 * cursor), one ledger entry per member ({@code mining-profit:{date}:{member}}, a line pair per coin, posted in
 * batches), the {@code mining_balances} upserts, and the run's progress fenced by lease and cursor.
 */
final class EtlChunkWriter {

    static final String REFERENCE_PREFIX = "mining-profit:";

    /** The cursor after the chunk, members processed and amounts credited (0 members = nothing left). */
    record Written(String cursor, int members, Map<Asset, BigDecimal> credited) {
    }

    /** A run being processed by this instance, with what its stored figures still allow per coin. */
    record RunContext(long runId, LocalDate date, String owner, List<ProfitAllocation.CoinPlan> plans) {
    }

    private final Ledger ledger;
    private final MiningBalanceRepository balances;
    private final EtlRunRepository runs;
    private final Notifier notifier;

    EtlChunkWriter(Ledger ledger, MiningBalanceRepository balances, EtlRunRepository runs, Notifier notifier) {
        this.ledger = ledger;
        this.balances = balances;
        this.runs = runs;
        this.notifier = notifier;
    }

    Written write(RunContext run, String cursor, Map<Asset, BigDecimal> remaining, int chunkSize, Instant now,
            Instant leaseUntil) {
        List<MemberHolding> holdings = ledger.membersHolding(Asset.HASHPOWER, Bucket.AVAILABLE, cursor, chunkSize);
        if (holdings.isEmpty()) {
            return new Written(cursor, 0, Map.of());
        }
        ChunkAllocation allocation = ProfitAllocation.allocate(holdings, run.plans(), remaining);
        if (allocation.clamped()) {
            notifier.alert(Alert.warning("mining", "Mining credits clamped to the project total",
                    "hash power grew during the run; later members got less than their share",
                    Map.of("date", run.date().toString())));
        }
        Set<String> fresh = post(run.date(), allocation);
        Map<Asset, BigDecimal> credited = new EnumMap<>(Asset.class);
        List<MiningCredit> credits = new ArrayList<>(holdings.size());
        for (MemberHolding holding : holdings) {
            Map<Asset, BigDecimal> mined = fresh.contains(holding.memberId())
                    ? allocation.credits().get(holding.memberId()) : Map.of();
            mined.forEach((coin, amount) -> credited.merge(coin, amount, BigDecimal::add));
            credits.add(new MiningCredit(holding.memberId(), holding.amount(), mined));
        }
        balances.recordCredits(credits, run.date(), now);
        String last = holdings.get(holdings.size() - 1).memberId();
        if (!runs.recordChunk(run.runId(), run.owner(), cursor, last, holdings.size(), credited, now, leaseUntil)) {
            throw new EtlLeaseLostException(run.date());
        }
        return new Written(last, holdings.size(), credited);
    }

    /** Posts the chunk's entries; returns the members whose entry was new (not a replay of an earlier post). */
    private Set<String> post(LocalDate date, ChunkAllocation allocation) {
        List<EntryRequest> entries = new ArrayList<>();
        List<String> members = new ArrayList<>();
        allocation.credits().forEach((memberId, credits) -> {
            if (!credits.isEmpty()) {
                entries.add(entry(date, memberId, credits));
                members.add(memberId);
            }
        });
        List<JournalEntry> posted = ledger.postAll(entries);
        Set<String> fresh = new HashSet<>();
        for (int index = 0; index < posted.size(); index++) {
            if (!posted.get(index).replayed()) {
                fresh.add(members.get(index));
            }
        }
        return fresh;
    }

    static String referenceOf(LocalDate date, String memberId) {
        return REFERENCE_PREFIX + date + ":" + memberId;
    }

    private static EntryRequest entry(LocalDate date, String memberId, Map<Asset, BigDecimal> credits) {
        EntryRequest.Builder entry = EntryRequest.builder(referenceOf(date, memberId), "coins mined on " + date);
        credits.forEach((coin, amount) -> entry.move(AccountRef.system(SystemAccount.MINING_INCOME, coin),
                AccountRef.member(memberId, coin, Bucket.AVAILABLE), amount));
        return entry.build();
    }
}
