package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.support.ApplicationEtls;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.mining.support.TestDates;
import com.aeghash.mining.support.VendorFigures;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily run on several workers, on PostgreSQL (row locks, {@code SKIP LOCKED}, killed connections): an instance
 * whose lease ran out mid-run is taken over by another, and a worker killed in the middle of a chunk loses only that
 * chunk; in both cases every member is credited exactly once (one posting per coin for the day) and the day's
 * entries balance.
 */
class DailyMiningEtlWorkersIT extends RunningApplicationTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MEMBERS = 9;
    private static final int CHUNK = 2;

    private final ExecutorService instances = Executors.newFixedThreadPool(2);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Clock clock;

    @Autowired
    private HashDamSandbox simulator;

    DailyMiningEtlWorkersIT() {
        super(TestApplication.on(TestDatabases.Kind.POSTGRES));
    }

    @AfterEach
    void stopInstances() {
        instances.shutdownNow();
    }

    @Test
    void anotherInstanceTakesOverAnExpiredLeaseMidRunAndEveryMemberIsCreditedOnce() throws Exception {
        LocalDate date = unusedDate();
        Map<String, BigDecimal> held = seed(date);
        CountDownLatch inSecondChunk = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        DailyProfitEtl stalling = instance(clock, 1, (day, processed) -> {
            if (processed == 2 * CHUNK) { // the second chunk is written, not committed: the instance stalls here
                inSecondChunk.countDown();
                await(released);
            }
        });
        Future<?> stalled = instances.submit(() -> stalling.run(date));
        assertThat(inSecondChunk.await(60, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> instance(clock, 2, EtlChunkListener.NONE).run(date))
                .as("while its lease lasts")
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.code()).isEqualTo("etl_run_in_progress"));
        Clock afterTheLease = Clock.offset(clock, LEASE.plusMinutes(1));
        Future<EtlRun> takenOver = instances.submit(
                () -> instance(afterTheLease, 2, EtlChunkListener.NONE).run(date));
        awaitOnlyTheStalledChunkPending(date);
        released.countDown();

        assertThatThrownBy(() -> stalled.get(60, TimeUnit.SECONDS))
                .as("the stalled instance finds its lease taken when it commits: its chunk rolls back")
                .hasMessageContaining("lease");
        EtlRun completed = takenOver.get(60, TimeUnit.SECONDS);
        assertThat(completed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(completed.processedMembers()).isEqualTo(MEMBERS);
        assertThat(completed.attempts()).isEqualTo(2);
        List<String> workers = jdbc.queryForList(
                "SELECT worker FROM etl_run_chunks WHERE run_id = ? ORDER BY chunk_no", String.class, completed.id());
        assertThat(workers).hasSize(5);
        assertThat(instanceOf(workers.get(1)))
                .as("the stalled chunk was written by the instance that took over")
                .isNotEqualTo(instanceOf(workers.get(0)));
        assertCreditedExactlyOnce(date, held);
    }

    @Test
    void aWorkerKilledInTheMiddleOfAChunkLosesOnlyThatChunkAndTheResumedRunCreditsEveryMemberOnce() {
        LocalDate date = unusedDate();
        Map<String, BigDecimal> held = seed(date);
        AtomicInteger chunks = new AtomicInteger();
        DailyProfitEtl killedMidChunk = instance(clock, 2, (day, processed) -> {
            if (chunks.incrementAndGet() == 2) { // this worker's connection dies with its chunk written, uncommitted
                jdbc.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            }
        });

        assertThatThrownBy(() -> killedMidChunk.run(date)).isNotNull();
        EtlRun failed = instance(clock, 2, EtlChunkListener.NONE).find(date).orElseThrow();
        assertThat(failed.status()).isEqualTo(EtlRunStatus.FAILED);
        assertThat(failed.processedMembers()).isLessThan(MEMBERS);
        assertThat(membersCredited(date))
                .as("exactly the members of the committed chunks")
                .isEqualTo(failed.processedMembers());

        EtlRun resumed = instance(clock, 2, EtlChunkListener.NONE).run(date);

        assertThat(resumed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(resumed.processedMembers()).isEqualTo(MEMBERS);
        assertCreditedExactlyOnce(date, held);
    }

    @Test
    void aRunPreparedBeforeRangesExistedResumesAfterItsCursorWithRangesAndCreditsEveryMemberOnce() {
        LocalDate date = unusedDate();
        Map<String, BigDecimal> held = seed(date);
        DailyProfitEtl crashingAfterTheFirstChunk = instance(clock, 1, (day, processed) -> {
            if (processed > CHUNK) {
                throw new IllegalStateException("crash in the second chunk");
            }
        });
        assertThatThrownBy(() -> crashingAfterTheFirstChunk.run(date)).hasMessageContaining("crash");
        long runId = instance(clock, 1, EtlChunkListener.NONE)
                .find(date)
                .orElseThrow()
                .id();
        // as a run of before V129 left it: a cursor after the first chunk's last member, no ranges
        String firstChunksLast =
                held.keySet().stream().sorted().skip(CHUNK - 1).findFirst().orElseThrow();
        jdbc.update("UPDATE etl_runs SET cursor_member_id = ? WHERE id = ?", firstChunksLast, runId);
        jdbc.update("DELETE FROM etl_run_chunks WHERE run_id = ?", runId);

        EtlRun resumed = instance(clock, 2, EtlChunkListener.NONE).run(date);

        assertThat(resumed.status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(resumed.processedMembers()).isEqualTo(MEMBERS);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM etl_run_chunks WHERE run_id = ? AND status = 'done'", Long.class, runId))
                .as("the 7 members after the cursor in ranges of 2")
                .isEqualTo(4);
        assertCreditedExactlyOnce(date, held);
    }

    private DailyProfitEtl instance(Clock instanceClock, int workers, EtlChunkListener listener) {
        return ApplicationEtls.instance(
                context, instanceClock, new MiningProperties.Etl(CHUNK, LEASE, 2).withWorkers(workers), listener);
    }

    /** A date no other run uses; the next one too, as the members of this one still hold an hour of it. */
    private static LocalDate unusedDate() {
        LocalDate date = TestDates.unusedPastDate();
        TestDates.unusedPastDate();
        return date;
    }

    /** MEMBERS members holding 1-9 MH/s all day (5 ranges of 2). */
    private Map<String, BigDecimal> seed(LocalDate date) {
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (int index = 1; index <= MEMBERS; index++) {
            String member = TestIds.member();
            held.put(member, BigDecimal.valueOf(index));
            HashPowerHistory.heldAllDay(jdbc, member, BigDecimal.valueOf(index), date);
        }
        return held;
    }

    private void awaitOnlyTheStalledChunkPending(LocalDate date) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Long pending = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM etl_run_chunks c JOIN etl_runs r ON r.id = c.run_id
                    WHERE r.job_name = ? AND r.run_date = ? AND c.status = 'pending'""", Long.class, DailyProfitEtl.JOB, date);
            if (pending != null && pending == 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the instance that took over did not credit the other ranges");
    }

    /** Every member got one posting per coin for the day, of floor8(perMega x held); the day's entries balance. */
    private void assertCreditedExactlyOnce(LocalDate date, Map<String, BigDecimal> held) {
        Map<Asset, BigDecimal> perMega = VendorFigures.perMega(simulator, TestSecrets.HASHDAM_API_KEY, date);
        Map<String, Long> postings = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT a.owner_id, a.asset, COUNT(*) AS postings FROM ledger_postings p
                JOIN ledger_entries e ON e.id = p.entry_id JOIN ledger_accounts a ON a.id = p.account_id
                WHERE e.reference LIKE ? AND a.owner_type = 'MEMBER' GROUP BY a.owner_id, a.asset""",
                row -> {
                    postings.put(row.getString("owner_id") + "/" + row.getString("asset"), row.getLong("postings"));
                },
                "mining-profit:" + date + ":%");
        List<String> expected = new ArrayList<>();
        held.forEach((member, power) -> perMega.forEach((coin, rate) -> {
            expected.add(member + "/" + coin.name());
            assertThat(ledger.balancesOf(member).of(coin).available())
                    .as("%s %s", member, coin)
                    .isEqualByComparingTo(VendorFigures.unscaledCredit(rate, power));
        }));
        assertThat(postings)
                .containsOnlyKeys(expected)
                .allSatisfy((account, count) -> assertThat(count).isEqualTo(1));
        assertThat(jdbc.queryForList("""
                        SELECT p.asset FROM ledger_postings p JOIN ledger_entries e ON e.id = p.entry_id
                        WHERE e.reference LIKE ? GROUP BY p.asset HAVING SUM(p.amount) <> 0""", String.class, "mining-profit:" + date + ":%"))
                .as("the day's entries balance per coin")
                .isEmpty();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private long membersCredited(LocalDate date) {
        Long members = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT a.owner_id) FROM ledger_postings p
                JOIN ledger_entries e ON e.id = p.entry_id JOIN ledger_accounts a ON a.id = p.account_id
                WHERE e.reference LIKE ? AND a.owner_type = 'MEMBER'""", Long.class, "mining-profit:" + date + ":%");
        return members == null ? 0 : members;
    }

    /** A worker's name is its instance's run owner and "/w" with its number. */
    private static String instanceOf(String worker) {
        return worker.substring(0, worker.lastIndexOf("/w"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
