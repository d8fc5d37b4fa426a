package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.support.ApplicationEtls;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.TestDates;
import com.aeghash.mining.support.VendorFigures;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily run shares a day's coins by the hash power each member held during that day, from the ledger's dated
 * HASHPOWER postings, on H2 and on PostgreSQL. The held figures below are worked out by hand from the posting times.
 */
@OnEachDatabase
class HashPowerHeldDuringTheDayIT extends RunningApplicationTest {

    private static final BigDecimal DAY_SECONDS = new BigDecimal("86400");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Ledger ledger;

    @Autowired
    private DailyProfitEtl etl;

    @Autowired
    private HashDamSandbox simulator;

    @Autowired
    private MiningProperties properties;

    HashPowerHeldDuringTheDayIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    /** The members of one day and what each did; posted at their times around {@code date}. */
    private record Day(LocalDate date, Map<String, String> members) {

        String id(String role) {
            return members.get(role);
        }
    }

    /**
     * allDay: 70 from the day before; midnight: buys 40 at 00:00:00; noon: buys 100 at 12:00; lastMinute: buys 100
     * at 23:59; seller: 80 from the day before, sells 30 at 06:00; nextDay: buys 100 at 00:50 of the next day. Every
     * member's hash power is taken back at 02:00 of the next day, a date no other test is given.
     */
    private Day seed() {
        LocalDate date = TestDates.unusedPastDate();
        TestDates.unusedPastDate(); // the next date, which still sees this hash power until 02:00, is left unused
        Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, String> members = new LinkedHashMap<>();
        for (String role : new String[] {"allDay", "midnight", "noon", "lastMinute", "seller", "nextDay"}) {
            members.put(role, TestIds.member());
        }
        post(start.minus(Duration.ofHours(1)), members.get("allDay"), "70");
        post(start, members.get("midnight"), "40");
        post(start.plus(Duration.ofHours(12)), members.get("noon"), "100");
        post(start.plus(Duration.ofMinutes(23 * 60 + 59)), members.get("lastMinute"), "100");
        post(start.minus(Duration.ofHours(1)), members.get("seller"), "80");
        post(start.plus(Duration.ofHours(6)), members.get("seller"), "-30");
        post(start.plus(Duration.ofMinutes(24 * 60 + 50)), members.get("nextDay"), "100");
        Instant takenBack = start.plus(Duration.ofHours(26));
        Map<String, String> finalBalances = Map.of(
                "allDay", "70", "midnight", "40", "noon", "100", "lastMinute", "100", "seller", "50", "nextDay", "100");
        finalBalances.forEach((role, held) -> post(takenBack, members.get(role), "-" + held));
        return new Day(date, members);
    }

    private void post(Instant at, String member, String delta) {
        HashPowerHistory.post(jdbc, at, member, new BigDecimal(delta), at.toString() + delta);
    }

    @Test
    void theLedgerIntegratesEachMembersBalanceOverTheDayFromTheIndexedPostings() {
        Day day = seed();
        Instant from = day.date().atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<String, HoldingOverTime> held = new LinkedHashMap<>();
        ledger
                .membersHoldingDuring(
                        Asset.HASHPOWER, Bucket.AVAILABLE, from, from.plus(Duration.ofDays(1)), null, 10_000)
                .stream()
                .filter(holding -> day.members().containsValue(holding.memberId()))
                .forEach(holding -> held.put(holding.memberId(), holding));

        // seller: 80 x 21,600 s (00:00-06:00) + 50 x 64,800 s (06:00-24:00) = 1,728,000 + 3,240,000 = 4,968,000
        assertThat(held.get(day.id("seller")).atStart()).isEqualByComparingTo("80");
        assertThat(held.get(day.id("seller")).amountSeconds()).isEqualByComparingTo("4968000");
        // midnight: posted at 00:00:00 exactly, so not yet held at the start, but for all 86,400 s: 40 x 86,400
        assertThat(held.get(day.id("midnight")).atStart()).isZero();
        assertThat(held.get(day.id("midnight")).amountSeconds()).isEqualByComparingTo("3456000");
        // lastMinute: 100 x 60 s
        assertThat(held.get(day.id("lastMinute")).amountSeconds()).isEqualByComparingTo("6000");
        assertThat(held).doesNotContainKey(day.id("nextDay"));
    }

    @Test
    void timeWeightedEachMemberGetsTheCoinsOfWhatItHeldDuringTheDayAndARerunChangesNothing() {
        Day day = seed();
        Map<String, BigDecimal> heldByHand = new LinkedHashMap<>();
        heldByHand.put(day.id("allDay"), new BigDecimal("70")); // 70 all day
        heldByHand.put(day.id("midnight"), new BigDecimal("40")); // 40 x 86,400 / 86,400
        heldByHand.put(day.id("noon"), new BigDecimal("50")); // 100 x 43,200 / 86,400
        // 100 x 60 / 86,400 = 0.0694444..., rounded down to 18 decimals
        heldByHand.put(day.id("lastMinute"), new BigDecimal("0.069444444444444444"));
        // (80 x 21,600 + 50 x 64,800) / 86,400 = 4,968,000 / 86,400
        heldByHand.put(day.id("seller"), new BigDecimal("57.5"));
        assertThat(new BigDecimal("4968000").divide(DAY_SECONDS)).isEqualByComparingTo("57.5");

        EtlRun run = etl.run(day.date());
        Map<String, Map<Asset, BigDecimal>> afterFirst = coinsOf(day);
        EtlRun rerun = etl.run(day.date());

        assertThat(run.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(run.allocationBasis()).isEqualTo("time-weighted");
        assertThat(run.totalMembers()).as("nextDay bought after the day ended").isEqualTo(5);
        assertSharesOf(day, heldByHand, run);
        assertThat(afterFirst.get(day.id("nextDay")).values())
                .allSatisfy(amount -> assertThat(amount).isZero());
        assertThat(rerun.attempts()).isEqualTo(run.attempts());
        assertThat(coinsOf(day)).isEqualTo(afterFirst);
    }

    @Test
    void aRangeOfMembersIsReadBetweenItsBoundsExclusiveThenInclusive() {
        Day day = seed();
        Instant from = day.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> holders = day.members().entrySet().stream()
                .filter(member -> !member.getKey().equals("nextDay")) // bought after the day: held nothing of it
                .map(Map.Entry::getValue)
                .sorted()
                .toList();

        List<String> listed = ledger
                .membersHoldingDuring(
                        Asset.HASHPOWER,
                        Bucket.AVAILABLE,
                        from,
                        from.plus(Duration.ofDays(1)),
                        holders.get(0),
                        holders.get(3),
                        10_000)
                .stream()
                .map(HoldingOverTime::memberId)
                .filter(day.members()::containsValue)
                .toList();

        assertThat(listed).containsExactlyElementsOf(holders.subList(1, 4));
    }

    @Test
    void startOfDayEachMemberGetsTheCoinsOfItsBalanceWhenTheDayBegan() {
        Day day = seed();

        EtlRun run = startOfDayEtl().run(day.date());

        assertThat(run.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(run.allocationBasis()).isEqualTo("start-of-day");
        assertSharesOf(day, startOfDayHeld(day), run);
    }

    @Test
    void aRunResumedUnderAnotherConfiguredBasisKeepsTheBasisItWasPreparedWith() {
        Day day = seed();
        DailyProfitEtl stoppedAfterFirstChunk = startOfDayEtl()
                .withChunks(new MiningProperties.Etl(2, Duration.ofMinutes(2), 2), (date, processed) -> {
                    if (processed > 2) {
                        throw new IllegalStateException("crash after the first chunk");
                    }
                });

        assertThatThrownBy(() -> stoppedAfterFirstChunk.run(day.date())).hasMessageContaining("crash");
        EtlRun interrupted = etl.find(day.date()).orElseThrow();
        EtlRun resumed = etl.run(day.date()); // the application's ETL: configured time-weighted

        assertThat(properties.etl().allocationBasis()).isEqualTo(MiningProperties.AllocationBasis.TIME_WEIGHTED);
        assertThat(interrupted.status()).isEqualTo(EtlRunStatus.FAILED);
        assertThat(interrupted.processedMembers()).isEqualTo(2);
        assertThat(resumed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.allocationBasis()).isEqualTo("start-of-day");
        assertSharesOf(day, startOfDayHeld(day), resumed);
    }

    private DailyProfitEtl startOfDayEtl() {
        MiningProperties.Etl limits = properties.etl();
        return ApplicationEtls.withProperties(
                context,
                new MiningProperties(
                        new MiningProperties.Etl(
                                limits.chunkSize(),
                                limits.leaseDuration(),
                                limits.operatorWindowDays(),
                                MiningProperties.AllocationBasis.START_OF_DAY),
                        properties.withdrawals(),
                        properties.snapshots()));
    }

    /** What an uninterrupted start-of-day run credits, worked out by hand. */
    private static Map<String, BigDecimal> startOfDayHeld(Day day) {
        Map<String, BigDecimal> heldByHand = new LinkedHashMap<>();
        heldByHand.put(day.id("allDay"), new BigDecimal("70"));
        heldByHand.put(day.id("midnight"), BigDecimal.ZERO); // bought at 00:00:00, not before the day began
        heldByHand.put(day.id("noon"), BigDecimal.ZERO);
        heldByHand.put(day.id("lastMinute"), BigDecimal.ZERO);
        heldByHand.put(day.id("seller"), new BigDecimal("80")); // the sale at 06:00 counts from the next day
        return heldByHand;
    }

    /** Every coin: floor8(perMega x held), as the pro-rata factor is 1 (the project mined more than members hold). */
    private void assertSharesOf(Day day, Map<String, BigDecimal> heldByHand, EtlRun run) {
        Map<Asset, BigDecimal> perMega = VendorFigures.perMega(simulator, TestSecrets.HASHDAM_API_KEY, day.date());
        assertThat(run.coins())
                .isNotEmpty()
                .allSatisfy(coin -> assertThat(coin.scale()).isEqualByComparingTo("1"));
        Map<String, Map<Asset, BigDecimal>> coins = coinsOf(day);
        heldByHand.forEach((member, held) ->
                perMega.forEach((coin, rate) -> assertThat(coins.get(member).get(coin))
                        .as("%s %s", member, coin)
                        .isEqualByComparingTo(Amounts.floor8(rate.multiply(held)))));
    }

    private Map<String, Map<Asset, BigDecimal>> coinsOf(Day day) {
        Map<String, Map<Asset, BigDecimal>> coins = new LinkedHashMap<>();
        day.members().values().forEach(member -> {
            Map<Asset, BigDecimal> balances = new LinkedHashMap<>();
            Asset.coins()
                    .forEach(coin -> balances.put(
                            coin, ledger.balancesOf(member).of(coin).available().stripTrailingZeros()));
            coins.put(member, balances);
        });
        return coins;
    }
}
