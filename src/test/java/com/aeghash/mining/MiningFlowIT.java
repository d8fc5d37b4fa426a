package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.support.MiningRig;
import com.aeghash.mining.support.SimulatorTransport;
import com.aeghash.mining.support.VendorFigures;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertSeverity;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mining flows end to end with in-memory repositories and ledger, the real HashDam client on a mock
 * transport (answered in-process by the simulator, or scripted), and a movable clock.
 */
class MiningFlowIT {

    private static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");
    private static final LocalDate YESTERDAY = LocalDate.parse("2026-03-09");
    private final MiningRig rig = new MiningRig(NOW);

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(rig.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void settingHashPowerSetsTheLedgerBalanceAndARepeatedReferenceChangesNothing() {
        rig.mining.adjustHashPowerTo("alice", new BigDecimal("100"), "test", "hp-1", "ops");
        HashPowerChange lowered = rig.mining.adjustHashPowerTo("alice", new BigDecimal("40"), "test", "hp-2", "ops");
        HashPowerChange repeated = rig.mining.adjustHashPowerTo("alice", new BigDecimal("100"), "test", "hp-1", "ops");

        assertThat(lowered.previousHashPower()).isEqualByComparingTo("100");
        assertThat(repeated.replayed()).isTrue();
        assertThat(hashPower("alice")).isEqualByComparingTo("40");
        assertThat(rig.mining.miningBalance("alice").orElseThrow().hashPower()).isEqualByComparingTo("40");
        assertThatThrownBy(() -> rig.mining.adjustHashPowerTo("alice", new BigDecimal("90"), "test", "hp-1", "ops"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("hp-1");
        assertThat(rig.audit.recent("mining.hash_power_adjusted", 10)).hasSize(2);
    }

    @Test
    void projectSnapshotStoresTheVendorFiguresWithTheirTimes() {
        ProjectSnapshot snapshot = rig.mining.takeProjectSnapshot();

        assertThat(rig.mining.latestProjectSnapshot()).contains(snapshot);
        assertThat(snapshot.hashBalance().date()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(snapshot.hashBalance().credit()).isEqualByComparingTo("1000");
        assertThat(snapshot.hashRate().measuredAt()).isEqualTo(NOW);
        assertThat(snapshot.assets())
                .containsOnlyKeys(Asset.coins().stream().map(Asset::name).toList());
        assertThat(rig.transport.presentedKeys()).containsOnly(MiningRig.API_KEY);
    }

    @Test
    void dailyEtlCreditsFloor8OfPerMegaTimesHashPowerToEachMember() {
        Map<String, BigDecimal> members = Map.of(
                "m-a",
                new BigDecimal("100"),
                "m-b",
                new BigDecimal("0.5"),
                "m-c",
                new BigDecimal("33.33333333"),
                "m-d",
                new BigDecimal("7"));
        members.forEach((member, power) -> rig.holdsAllDay(YESTERDAY, member, power));

        EtlRun run = rig.etl.run(YESTERDAY);

        Map<Asset, BigDecimal> perMega = VendorFigures.perMega(rig.simulator, MiningRig.API_KEY, YESTERDAY);
        assertThat(run.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(run.totalMembers()).isEqualTo(4);
        assertThat(run.processedMembers()).isEqualTo(4);
        assertThat(perMega).containsOnlyKeys(Asset.coins());
        members.forEach((member, power) -> perMega.forEach((coin, rate) -> assertThat(available(member, coin))
                .as("%s %s", member, coin)
                .isEqualByComparingTo(VendorFigures.unscaledCredit(rate, power))));
        MiningBalanceRecord alice = rig.mining.miningBalance("m-a").orElseThrow();
        assertThat(alice.lastCreditedDate()).isEqualTo(YESTERDAY);
        assertThat(alice.minedTotal().get(Asset.DOGE)).isEqualByComparingTo(available("m-a", Asset.DOGE));
        assertThat(batchCount(BatchRunMetrics.MEMBERS)).isEqualTo(4);
        assertThat(batchCount(BatchRunMetrics.ENTRIES))
                .as("one entry per chunk of 3")
                .isEqualTo(2);
        assertThat(rig.meters
                        .get(BatchRunMetrics.RUNS)
                        .tags("job", DailyProfitEtl.JOB, "outcome", "completed")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    private double batchCount(String name) {
        return rig.meters.get(name).tag("job", DailyProfitEtl.JOB).counter().count();
    }

    @Test
    void runningTheSameDateTwiceCreditsNothingTheSecondTime() {
        rig.holdsAllDay(YESTERDAY, "m-x", new BigDecimal("12.5"));
        EtlRun first = rig.etl.run(YESTERDAY);
        BigDecimal dogeAfterFirst = available("m-x", Asset.DOGE);

        EtlRun second = rig.etl.run(YESTERDAY);

        assertThat(second.attempts()).isEqualTo(first.attempts());
        assertThat(available("m-x", Asset.DOGE)).isEqualByComparingTo(dogeAfterFirst);
        assertThat(rig.mining.miningBalance("m-x").orElseThrow().minedTotal().get(Asset.DOGE))
                .isEqualByComparingTo(dogeAfterFirst);
        assertThat(rig.transport.callsOf("profitDaily")).isEqualTo(1);
        assertThat(rig.events)
                .as("the credit is announced once, with what was credited")
                .filteredOn(MiningIncomeCredited.class::isInstance)
                .map(MiningIncomeCredited.class::cast)
                .flatMap(MiningIncomeCredited::members)
                .singleElement()
                .satisfies(income -> {
                    assertThat(income.memberId()).isEqualTo("m-x");
                    assertThat(income.coins().get(Asset.DOGE.name())).isEqualByComparingTo(dogeAfterFirst);
                });
    }

    @Test
    void proRataScalingKeepsEveryCoinWithinTheProjectTotal() {
        rig.holdsAllDay(YESTERDAY, "whale", new BigDecimal("10000000"));
        rig.holdsAllDay(YESTERDAY, "minnow", new BigDecimal("3.3"));

        EtlRun run = rig.etl.run(YESTERDAY);

        Map<Asset, BigDecimal> projectTotals = VendorFigures.projectTotals(rig.simulator, MiningRig.API_KEY, YESTERDAY);
        assertThat(run.coins()).extracting(EtlRun.CoinTotals::coin).containsExactlyInAnyOrderElementsOf(Asset.coins());
        for (EtlRun.CoinTotals coin : run.coins()) {
            BigDecimal credited = available("whale", coin.coin()).add(available("minnow", coin.coin()));
            assertThat(coin.scale()).isLessThan(BigDecimal.ONE);
            assertThat(coin.projectTotal()).isEqualByComparingTo(projectTotals.get(coin.coin()));
            assertThat(credited).isLessThanOrEqualTo(projectTotals.get(coin.coin()));
            assertThat(coin.creditedTotal()).isEqualByComparingTo(credited);
        }
    }

    @Test
    void hashPowerGrowingDuringTheRunChangesNothingOfTheMinedDay() {
        for (int index = 1; index <= 9; index++) {
            rig.holdsAllDay(YESTERDAY, "g-" + index, BigDecimal.TEN);
        }
        DailyProfitEtl etl = rig.etlWith((date, processed) -> {
            if (processed == 3) { // after the first chunk of three: a member of the next chunk grows enormously
                rig.mining.adjustHashPowerTo("g-4", new BigDecimal("100000000"), "test", "hp-g-4-grown", "ops");
            }
        });

        EtlRun run = etl.run(YESTERDAY);

        assertThat(run.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(available("g-4", Asset.DOGE))
                .as("the growth is dated today, after the mined day")
                .isPositive()
                .isEqualByComparingTo(available("g-1", Asset.DOGE))
                .isEqualByComparingTo(available("g-9", Asset.DOGE));
        assertThat(rig.notifier.alerts())
                .extracting(Alert::title)
                .doesNotContain("Mining credits clamped to the project total");
    }

    @Test
    void aRunWhoseVendorFiguresCannotBeReadFailsCreditsNothingAndTheNextRunCreditsOnce() {
        rig.holdsAllDay(YESTERDAY, "v-1", BigDecimal.TEN);
        rig.transport.script(
                "profitDailyMega", new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), false));

        assertThatThrownBy(() -> rig.etl.run(YESTERDAY))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("hashdam_unavailable"));
        EtlRun failed = rig.mining.etlRun(YESTERDAY).orElseThrow();
        assertThat(failed.status()).isEqualTo(EtlRunStatus.FAILED);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(available("v-1", Asset.DOGE)).isZero();

        EtlRun completed = rig.etl.run(YESTERDAY);
        EtlRun again = rig.etl.run(YESTERDAY);

        assertThat(completed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(again.attempts()).isEqualTo(completed.attempts());
        Map<Asset, BigDecimal> perMega = VendorFigures.perMega(rig.simulator, MiningRig.API_KEY, YESTERDAY);
        assertThat(available("v-1", Asset.DOGE))
                .isEqualByComparingTo(VendorFigures.unscaledCredit(perMega.get(Asset.DOGE), BigDecimal.TEN));
    }

    @Test
    void theEtlOfADayNotYetPublishedIsRefused() {
        assertThatThrownBy(() -> rig.etl.run(LocalDate.parse("2026-03-10")))
                .isInstanceOf(ApiException.class)
                .satisfies(
                        failure -> assertThat(((ApiException) failure).code()).isEqualTo("mining_data_not_ready"));
    }

    @Test
    void aDayIsRunOnlyOnceTheMovementsDatedBeforeItsEndHaveSettled() {
        rig.clock.set(Instant.parse("2026-03-10T00:01:59Z"));
        assertThatThrownBy(() -> rig.etl.run(YESTERDAY))
                .isInstanceOf(ApiException.class)
                .satisfies(
                        failure -> assertThat(((ApiException) failure).code()).isEqualTo("mining_data_not_ready"));

        rig.clock.set(Instant.parse("2026-03-10T00:02:00Z"));
        assertThat(rig.etl.run(YESTERDAY).status()).isEqualTo(EtlRunStatus.COMPLETED);
    }

    @Test
    void miningWithdrawalIsHeldSubmittedAndClearedWhenHashDamCompletesIt() {
        creditCoins("m-w");
        BigDecimal before = available("m-w", Asset.DOGE);

        MiningWithdrawalRecord submitted = rig.withdrawals.request(
                new MiningWithdrawalRequest("withdrawal:1", "m-w", Asset.DOGE, new BigDecimal("1.25")));
        int changedEarly = rig.withdrawals.reconcileDue();
        rig.clock.advance(MiningRig.COMPLETION_DELAY);
        rig.withdrawals.reconcileDue();

        assertThat(submitted.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
        assertThat(submitted.withdrawId()).isNotBlank();
        assertThat(changedEarly).isZero();
        MiningWithdrawalRecord completed = rig.withdrawals.find("withdrawal:1").orElseThrow();
        assertThat(completed.status()).isEqualTo(MiningWithdrawalStatus.COMPLETED);
        assertThat(balance("m-w", Asset.DOGE).withdrawalHold()).isEqualByComparingTo("0");
        assertThat(available("m-w", Asset.DOGE)).isEqualByComparingTo(before.subtract(new BigDecimal("1.25")));
        assertThat(rig.events)
                .as("besides the credit of the coins withdrawn")
                .filteredOn(event -> !(event instanceof MiningIncomeCredited))
                .singleElement()
                .isInstanceOfSatisfying(
                        MiningWithdrawalCompleted.class,
                        event -> assertThat(event.payoutReference()).isEqualTo("withdrawal:1"));
    }

    @Test
    void miningWithdrawalFailureLogsFailure() {
        creditCoins("m-f");
        BigDecimal before = available("m-f", Asset.LTC);
        String refusal = "{\"code\":1,\"message\":\"Not found or Unsupported coin symbol\"}";
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Respond(200, refusal),
                new SimulatorTransport.Respond(200, refusal),
                new SimulatorTransport.Respond(200, refusal));

        MiningWithdrawalRecord failed = rig.withdrawals.request(
                new MiningWithdrawalRequest("withdrawal:2", "m-f", Asset.LTC, new BigDecimal("0.001")));

        assertThat(failed.status()).isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failureReason()).contains("Not found or Unsupported coin symbol");
        assertThat(rig.withdrawals.find("withdrawal:2")).contains(failed);
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(3);
        assertThat(available("m-f", Asset.LTC)).isEqualByComparingTo(before);
        assertThat(balance("m-f", Asset.LTC).withdrawalHold()).isEqualByComparingTo("0");
        assertThat(rig.notifier.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(alert.fields()).containsEntry("payoutReference", "withdrawal:2");
        });
        assertThat(rig.events)
                .as("besides the credit of the coins withdrawn")
                .filteredOn(event -> !(event instanceof MiningIncomeCredited))
                .singleElement()
                .isInstanceOfSatisfying(
                        MiningWithdrawalFailed.class,
                        event -> assertThat(event.reason()).contains("Unsupported coin"));
    }

    private void creditCoins(String member) {
        rig.holdsAllDay(YESTERDAY, member, new BigDecimal("1000"));
        rig.etl.run(YESTERDAY);
    }

    private BigDecimal hashPower(String member) {
        return available(member, Asset.HASHPOWER);
    }

    private BigDecimal available(String member, Asset asset) {
        return balance(member, asset).available();
    }

    private AssetBalance balance(String member, Asset asset) {
        return rig.ledger.balancesOf(member).of(asset);
    }
}
