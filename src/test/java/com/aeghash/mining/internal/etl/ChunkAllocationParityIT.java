package com.aeghash.mining.internal.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import com.aeghash.mining.internal.etl.EtlChunkWriter.RunContext;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.TestDates;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocation computed inside the database ({@link DatabaseChunkCredits}, {@link ChunkAllocationSql}) is the one
 * {@link ProfitAllocation} computes in the JVM from {@link HeldHashPower}, to the last digit, on H2 and PostgreSQL: a
 * random population of holders (all day, bought or sold at random instants, in and out within the day, tiny holdings
 * that earn nothing, members who held nothing during the day), coins at scale 1 and below, and budgets that run out in
 * the middle of the chunk (the remainder of the clamp) or are nothing at all.
 */
@OnEachDatabase
class ChunkAllocationParityIT extends RunningApplicationTest {

    private static final int MEMBERS = 240;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Ledger ledger;

    @Autowired
    private BulkPosting bulkPosting;

    @Autowired
    private PlatformTransactionManager transactions;

    ChunkAllocationParityIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Test
    void theDatabaseAllocatesWhatTheJvmAllocatesOnBothBases() {
        Random random = new Random(20261203L);
        LocalDate date = TestDates.unusedPastDate();
        TestDates.unusedPastDate(); // the next date still sees the holdings until they are taken back
        String prefix = TestIds.unique("par");
        seed(random, date, prefix);
        List<ProfitAllocation.CoinPlan> plans = List.of(
                new ProfitAllocation.CoinPlan(Asset.PEP, decimal(random, 0, 18), BigDecimal.TEN, BigDecimal.ONE),
                new ProfitAllocation.CoinPlan(
                        Asset.LTC, decimal(random, 3, 18), BigDecimal.TEN, new BigDecimal("0.731946827364519283")),
                new ProfitAllocation.CoinPlan(Asset.DOGE, decimal(random, 4, 12), BigDecimal.TEN, BigDecimal.ONE),
                new ProfitAllocation.CoinPlan(Asset.BELLS, decimal(random, 1, 18), BigDecimal.TEN, BigDecimal.ONE));
        EtlChunkRange range = new EtlChunkRange(7, prefix + "-", prefix + "-~");
        for (AllocationBasis basis : AllocationBasis.values()) {
            for (boolean budgetRunsOut : new boolean[] {true, false}) {
                assertSameAllocation(date, range, plans, basis, budgetRunsOut);
            }
        }
    }

    /**
     * With {@code budgetRunsOut}: DOGE runs out half-way, BELLS has no budget at all (absent), PEP and LTC have plenty
     * (the clamping statement); without: every coin has plenty (the statement without the clamp).
     */
    private void assertSameAllocation(
            LocalDate date,
            EtlChunkRange range,
            List<ProfitAllocation.CoinPlan> plans,
            AllocationBasis basis,
            boolean budgetRunsOut) {
        RunContext run = new RunContext(-1, date, "parity", basis, plans);
        List<MemberHolding> holdings =
                new HeldHashPower(ledger).page(date, basis, range.afterMember(), range.lastMember(), 10_000);
        BigDecimal dogeWanted = holdings.stream()
                .map(holding -> ProfitAllocation.credit(plans.get(2), holding.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plenty = new BigDecimal("1000000000000");
        Map<Asset, BigDecimal> remaining = budgetRunsOut
                ? new EnumMap<>(Map.of(
                        Asset.PEP, plenty,
                        Asset.LTC, plenty,
                        Asset.DOGE, dogeWanted.divide(BigDecimal.valueOf(2)).add(new BigDecimal("0.00000001"))))
                : new EnumMap<>(Map.of(Asset.PEP, plenty, Asset.LTC, plenty, Asset.DOGE, plenty, Asset.BELLS, plenty));
        ProfitAllocation.ChunkAllocation expected = ProfitAllocation.allocate(holdings, plans, remaining);

        Database actual = inRolledBackTransaction(run, range, remaining);

        assertThat(holdings).as("the population has every kind of holder").hasSizeGreaterThan(MEMBERS / 2);
        assertThat(actual.allocated.members()).isEqualTo(holdings.size());
        assertThat(actual.allocated.clamped()).isEqualTo(budgetRunsOut).isEqualTo(expected.clamped());
        assertThat(actual.hashPower).isEqualTo(exactly(holdings));
        assertThat(actual.credits).isEqualTo(exactly(expected.credits()));
        Map<String, Map<Asset, BigDecimal>> announcedAmounts = new TreeMap<>();
        expected.credits()
                .forEach((member, coins) -> coins.forEach((coin, amount) -> announcedAmounts
                        .computeIfAbsent(member, key -> new EnumMap<>(Asset.class))
                        .put(coin, Amounts.floor8(amount))));
        Map<String, Map<Asset, String>> creditedSomething = exactly(announcedAmounts);
        assertThat(actual.announced)
                .as("the events' credits (to 8 decimals): every member credited something, as the rows are deleted")
                .isEqualTo(creditedSomething);
        assertThat(actual.rowsLeft).isZero();
        List<String> credited = expected.credits().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertThat(actual.allocated.slices())
                .containsExactly(Map.entry(credited.get(0), credited.get(credited.size() - 1)));
        assertThat(holdings)
                .anySatisfy(holding ->
                        assertThat(expected.credits().get(holding.memberId())).isEmpty());
    }

    /** What the database allocated (in a transaction rolled back afterwards). */
    private record Database(
            DatabaseChunkCredits.Allocated allocated,
            Map<String, String> hashPower,
            Map<String, Map<Asset, String>> credits,
            Map<String, Map<Asset, String>> announced,
            long rowsLeft) {}

    private Database inRolledBackTransaction(RunContext run, EtlChunkRange range, Map<Asset, BigDecimal> remaining) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            DatabaseChunkCredits.Allocated allocated =
                    new DatabaseChunkCredits(jdbc, bulkPosting).allocate(run, range, remaining);
            Map<String, String> hashPower = new TreeMap<>();
            Map<String, Map<Asset, String>> credits = new TreeMap<>();
            jdbc.query(
                    "SELECT member_id, hash_power, coin, amount FROM mining_chunk_credits WHERE run_id = ? AND chunk_no = ?",
                    row -> {
                        String member = row.getString("member_id");
                        hashPower.put(member, plain(row.getBigDecimal("hash_power")));
                        Map<Asset, String> coins = credits.computeIfAbsent(member, key -> new TreeMap<>());
                        BigDecimal amount = row.getBigDecimal("amount");
                        if (amount.signum() > 0) {
                            coins.put(Asset.valueOf(row.getString("coin")), plain(amount));
                        }
                    },
                    run.runId(),
                    range.chunkNo());
            DatabaseChunkCredits chunk = new DatabaseChunkCredits(jdbc, bulkPosting);
            Map<String, Map<Asset, String>> announced = exactly(chunk.creditedAndClear(run.runId(), range.chunkNo()));
            Long rowsLeft = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM mining_chunk_credits WHERE run_id = ? AND chunk_no = ?",
                    Long.class,
                    run.runId(),
                    range.chunkNo());
            return new Database(allocated, hashPower, credits, announced, rowsLeft);
        });
    }

    private static Map<String, String> exactly(List<MemberHolding> holdings) {
        Map<String, String> exact = new TreeMap<>();
        holdings.forEach(holding -> exact.put(holding.memberId(), plain(holding.amount())));
        return exact;
    }

    private static Map<String, Map<Asset, String>> exactly(Map<String, Map<Asset, BigDecimal>> credits) {
        Map<String, Map<Asset, String>> exact = new TreeMap<>();
        credits.forEach((member, coins) -> {
            Map<Asset, String> amounts = new TreeMap<>();
            coins.forEach((coin, amount) -> amounts.put(coin, plain(amount)));
            exact.put(member, amounts);
        });
        return exact;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Holders of every kind, their hash power issued and taken back around {@code date}: all day; bought at a random
     * instant of the day; all day, part sold at a random instant; in and out within the day; a tiny holding all day
     * (earns nothing); in and out before the day (not a holder of it).
     */
    private void seed(Random random, LocalDate date, String prefix) {
        Instant start = startOf(date);
        Instant before = start.minus(Duration.ofHours(1));
        Instant after = start.plus(Duration.ofHours(25));
        for (int index = 0; index < MEMBERS; index++) {
            String member = prefix + "-" + String.format("%03d", index);
            BigDecimal held = decimal(random, 3, random.nextInt(19));
            switch (index % 6) {
                case 0 -> inAndOut(member, held, before, after);
                case 1 -> inAndOut(member, held, during(random, start), after);
                case 2 -> {
                    BigDecimal sold = held.divide(BigDecimal.valueOf(3), 18, RoundingMode.DOWN);
                    HashPowerHistory.post(jdbc, before, member, held, "in");
                    HashPowerHistory.post(jdbc, during(random, start), member, sold.negate(), "sold");
                    HashPowerHistory.post(
                            jdbc, after, member, held.subtract(sold).negate(), "out");
                }
                case 3 -> {
                    Instant first = during(random, start);
                    Instant second = during(random, start);
                    inAndOut(
                            member,
                            held,
                            first.isBefore(second) ? first : second,
                            first.isBefore(second) ? second : first.plusMillis(1));
                }
                case 4 -> inAndOut(member, new BigDecimal("0.000000000000000001"), before, after);
                default -> inAndOut(member, held, start.minus(Duration.ofHours(3)), start.minus(Duration.ofHours(2)));
            }
        }
    }

    private void inAndOut(String member, BigDecimal held, Instant in, Instant out) {
        HashPowerHistory.post(jdbc, in, member, held, "in");
        HashPowerHistory.post(jdbc, out, member, held.negate(), "out");
    }

    /** A random instant of the day, to the microsecond. */
    private static Instant during(Random random, Instant start) {
        return start.plus(Duration.ofNanos(Math.floorMod(random.nextLong(), 86_400_000_000L) * 1000));
    }

    private static BigDecimal decimal(Random random, int integerDigits, int decimals) {
        BigDecimal whole = BigDecimal.valueOf((long) (random.nextDouble() * Math.pow(10, integerDigits)));
        BigDecimal fraction = BigDecimal.valueOf(Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L))
                .movePointLeft(18)
                .setScale(decimals, RoundingMode.DOWN);
        // never zero: the smallest step of the scale on top
        return whole.add(fraction).add(BigDecimal.ONE.movePointLeft(decimals));
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
