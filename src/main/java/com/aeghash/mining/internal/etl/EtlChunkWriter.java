package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.MiningIncomeCredited;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.balances.MiningCredit;
import com.aeghash.mining.internal.etl.ProfitAllocation.ChunkAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Writes one chunk inside the caller's transaction (which holds the lock of its range, see {@link EtlRunRepository#claimChunk}):
 * the members of the range who held hash power during the date ({@link HeldHashPower}), their ledger credits, the
 * {@code mining_balances} upserts, the range marked done with the run's progress (fenced by the run's lease), and
 * {@link MiningIncomeCredited} events with what each member was credited.
 *
 * <p>Credits are posted as one journal entry per slice of up to {@link #MEMBERS_PER_ENTRY} members
 * ({@code mining-profit:{date}:{first member}..{last member}}): a line per member and coin, and one
 * {@code mining_income} line per coin for the whole slice, which halves the postings a daily run writes
 * compared with an entry per member. Exactly-once does not rest on these references: a chunk's entries
 * commit together with their range marked done, so a resumed run (or another worker) takes only ranges still pending and can
 * never post part of a range twice; the references only make an accidental repeat a no-op.
 */
final class EtlChunkWriter {

    static final String REFERENCE_PREFIX = "mining-profit:";
    /** Members per journal entry: 8 coins each keeps an entry under the ledger's 10,000-line limit. */
    static final int MEMBERS_PER_ENTRY = 1000;

    /**
     * Members processed, entries posted and amounts credited by one range; {@code clamped} when some member got less
     * than their share because a coin's project total was used up.
     */
    record Written(int members, int entries, Map<Asset, BigDecimal> credited, boolean clamped) {}

    /** Told once a chunk's credits are written, before its range is recorded done and it commits. */
    @FunctionalInterface
    interface ChunkWritten {
        void beforeRecording(int members);
    }

    /**
     * A run being processed by this instance, with the allocation basis it stored when prepared and what its stored
     * figures still allow per coin.
     */
    record RunContext(
            long runId, LocalDate date, String owner, AllocationBasis basis, List<ProfitAllocation.CoinPlan> plans) {}

    private final BulkPosting ledger;
    private final HeldHashPower held;
    private final MiningBalanceRepository balances;
    private final EtlRunRepository runs;
    private final ApplicationEventPublisher events;
    /** The chunk computed and written inside the database; null: in the JVM (storage without SQL, in tests). */
    private final DatabaseChunkCredits database;

    EtlChunkWriter(
            BulkPosting ledger,
            HeldHashPower held,
            MiningBalanceRepository balances,
            EtlRunRepository runs,
            ApplicationEventPublisher events,
            DatabaseChunkCredits database) {
        this.ledger = ledger;
        this.held = held;
        this.balances = balances;
        this.runs = runs;
        this.events = events;
        this.database = database;
    }

    /** Credits the members of {@code range}, never beyond {@code remaining} per coin, and records the range done. */
    Written write(
            RunContext run,
            EtlChunkRange range,
            Map<Asset, BigDecimal> remaining,
            int chunkSize,
            Instant now,
            Instant leaseUntil,
            String worker,
            ChunkWritten written) {
        if (database != null) {
            return writeInDatabase(run, range, remaining, now, leaseUntil, worker, written);
        }
        List<MemberHolding> holdings = holdingsIn(run, range, chunkSize);
        if (holdings.isEmpty()) {
            recordChunk(run, new EtlChunk(range.chunkNo(), worker, 0, Map.of()), now, leaseUntil);
            return new Written(0, 0, Map.of(), false);
        }
        ChunkAllocation allocation = ProfitAllocation.allocate(holdings, run.plans(), remaining);
        Posted posted = post(run.date(), allocation);
        Set<String> fresh = posted.freshMembers();
        Map<Asset, BigDecimal> credited = new EnumMap<>(Asset.class);
        List<MiningCredit> credits = new ArrayList<>(holdings.size());
        List<MiningIncomeCredited.MemberIncome> incomes = new ArrayList<>();
        for (MemberHolding holding : holdings) {
            Map<Asset, BigDecimal> mined =
                    fresh.contains(holding.memberId()) ? allocation.credits().get(holding.memberId()) : Map.of();
            mined.forEach((coin, amount) -> credited.merge(coin, amount, BigDecimal::add));
            credits.add(new MiningCredit(holding.memberId(), holding.amount(), mined));
            if (!mined.isEmpty()) {
                incomes.add(new MiningIncomeCredited.MemberIncome(holding.memberId(), byName(mined)));
            }
        }
        balances.recordCredits(credits, run.date(), now);
        written.beforeRecording(holdings.size());
        recordChunk(run, new EtlChunk(range.chunkNo(), worker, holdings.size(), credited), now, leaseUntil);
        publish(run.date(), now, incomes);
        return new Written(holdings.size(), posted.freshEntries(), credited, allocation.clamped());
    }

    /** The same chunk with the holdings, the allocation, the postings and the balances inside the database. */
    private Written writeInDatabase(
            RunContext run,
            EtlChunkRange range,
            Map<Asset, BigDecimal> remaining,
            Instant now,
            Instant leaseUntil,
            String worker,
            ChunkWritten written) {
        DatabaseChunkCredits.Allocated allocated = database.allocate(run, range, remaining);
        if (allocated.members() == 0) {
            recordChunk(run, new EtlChunk(range.chunkNo(), worker, 0, Map.of()), now, leaseUntil);
            return new Written(0, 0, Map.of(), false);
        }
        int freshEntries = database.post(run, range.chunkNo(), allocated.slices());
        database.recordBalances(run, range.chunkNo(), allocated.members(), now);
        Map<String, Map<Asset, BigDecimal>> mined = database.creditedAndClear(run.runId(), range.chunkNo());
        Map<Asset, BigDecimal> credited = new EnumMap<>(Asset.class);
        List<MiningIncomeCredited.MemberIncome> incomes = new ArrayList<>(mined.size());
        mined.forEach((member, coins) -> {
            coins.forEach((coin, amount) -> credited.merge(coin, amount, BigDecimal::add));
            incomes.add(new MiningIncomeCredited.MemberIncome(member, byName(coins)));
        });
        written.beforeRecording(allocated.members());
        recordChunk(run, new EtlChunk(range.chunkNo(), worker, allocated.members(), credited), now, leaseUntil);
        publish(run.date(), now, incomes);
        return new Written(allocated.members(), freshEntries, credited, allocated.clamped());
    }

    private void publish(LocalDate date, Instant now, List<MiningIncomeCredited.MemberIncome> incomes) {
        for (int from = 0; from < incomes.size(); from += MiningIncomeCredited.MEMBERS_MAX) {
            List<MiningIncomeCredited.MemberIncome> slice =
                    incomes.subList(from, Math.min(incomes.size(), from + MiningIncomeCredited.MEMBERS_MAX));
            events.publishEvent(new MiningIncomeCredited(date, now, slice));
        }
    }

    /**
     * The range's members in member order, bounded by the database (its collation orders member ids, as in the keyset
     * the ranges were cut from): normally one page of {@code chunkSize} ending with the range's last member (the range
     * was one page when the run was prepared); more pages if members appeared in it since (a movement dated in the day
     * committed late).
     */
    private List<MemberHolding> holdingsIn(RunContext run, EtlChunkRange range, int chunkSize) {
        List<MemberHolding> holdings = new ArrayList<>();
        String after = range.afterMember();
        while (true) {
            List<MemberHolding> page = held.page(run.date(), run.basis(), after, range.lastMember(), chunkSize);
            holdings.addAll(page);
            if (page.size() < chunkSize) {
                return holdings;
            }
            after = page.get(page.size() - 1).memberId();
            if (after.equals(range.lastMember())) {
                return holdings;
            }
        }
    }

    private void recordChunk(RunContext run, EtlChunk chunk, Instant now, Instant leaseUntil) {
        boolean recorded;
        try {
            recorded = runs.recordChunk(run.runId(), run.owner(), chunk, now, leaseUntil);
        } catch (DataIntegrityViolationException overBudget) {
            throw new EtlBudgetExceededException(run.date(), overBudget);
        }
        if (!recorded) {
            throw new EtlLeaseLostException(run.date());
        }
    }

    /** The members whose entry was new (not a replay of an earlier post), and how many entries were new. */
    private record Posted(Set<String> freshMembers, int freshEntries) {}

    /** Posts the chunk's entries. */
    private Posted post(LocalDate date, ChunkAllocation allocation) {
        List<List<String>> slices = slices(allocation.credits().entrySet().stream()
                .filter(credit -> !credit.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
        List<EntryRequest> entries = slices.stream()
                .map(slice -> entry(date, slice, allocation.credits()))
                .toList();
        List<JournalEntry> posted = ledger.postAll(entries);
        Set<String> fresh = new HashSet<>();
        int freshEntries = 0;
        for (int index = 0; index < posted.size(); index++) {
            if (!posted.get(index).replayed()) {
                fresh.addAll(slices.get(index));
                freshEntries++;
            }
        }
        return new Posted(fresh, freshEntries);
    }

    private static Map<String, BigDecimal> byName(Map<Asset, BigDecimal> mined) {
        Map<String, BigDecimal> coins = new TreeMap<>();
        mined.forEach((coin, amount) -> coins.put(coin.name(), amount));
        return coins;
    }

    private static List<List<String>> slices(List<String> members) {
        List<List<String>> slices = new ArrayList<>();
        for (int start = 0; start < members.size(); start += MEMBERS_PER_ENTRY) {
            slices.add(members.subList(start, Math.min(members.size(), start + MEMBERS_PER_ENTRY)));
        }
        return slices;
    }

    static String referenceOf(LocalDate date, List<String> members) {
        return REFERENCE_PREFIX + date + ":" + members.get(0) + ".." + members.get(members.size() - 1);
    }

    private static EntryRequest entry(
            LocalDate date, List<String> members, Map<String, Map<Asset, BigDecimal>> credits) {
        EntryRequest.Builder entry = EntryRequest.builder(referenceOf(date, members), "coins mined on " + date);
        Map<Asset, BigDecimal> income = new EnumMap<>(Asset.class);
        for (String member : members) {
            credits.get(member).forEach((coin, amount) -> {
                entry.add(AccountRef.member(member, coin, Bucket.AVAILABLE), amount);
                income.merge(coin, amount, BigDecimal::add);
            });
        }
        income.forEach(
                (coin, total) -> entry.add(AccountRef.system(SystemAccount.MINING_INCOME, coin), total.negate()));
        return entry.build();
    }
}
