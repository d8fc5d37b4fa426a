package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.AeghashApplication;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.ledger.Bucket;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The closing on several workers, on PostgreSQL (row locks, {@code SKIP LOCKED}, killed connections, a second
 * application on the same schema): whatever the workers and whoever fails, every entry is moved once, every member's
 * sum becomes available once (one AVAILABLE posting per member and closing) and the ledger's invariants hold.
 */
@PostgresIntegrationTest
class BonusClosingWorkersIT extends ClosingWorkersTestBase {

    private final ExecutorService instances = Executors.newFixedThreadPool(2);

    @Autowired
    Environment environment;

    @AfterEach
    void stopAndCheckTheLedger() {
        instances.shutdownNow();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void twoWorkersCloseExactlyAsOneAndARerunChangesNothing() {
        Instant firstCutoff = Instant.now().minus(Duration.ofDays(300));
        ClosingSeed one = seed(firstCutoff);
        ClosingRun byOne = service(1, ClosingChunkListener.NONE).close(firstCutoff, "finance");
        Instant secondCutoff = firstCutoff.plus(Duration.ofDays(10));
        ClosingSeed two = seed(secondCutoff);
        BonusClosingService twoWorkers = service(2, ClosingChunkListener.NONE);

        ClosingRun byTwo = twoWorkers.close(secondCutoff, "finance");

        for (ClosingRun run : List.of(byOne, byTwo)) {
            assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
            assertThat(run.processedEntries()).isEqualTo(run.totalEntries());
        }
        assertClosedOnce(one, byOne);
        assertClosedOnce(two, byTwo);
        for (int index = 0; index < MEMBERS; index++) {
            assertThat(points(two.members().get(index), Bucket.AVAILABLE))
                    .isEqualByComparingTo(points(one.members().get(index), Bucket.AVAILABLE));
        }
        assertThat(workersOf(byTwo).stream().map(BonusClosingWorkersIT::workerName))
                .as("both workers wrote ranges")
                .contains("w1", "w2");

        ClosingRun rerun = twoWorkers.close(secondCutoff, "finance");

        assertThat(rerun).isEqualTo(byTwo);
        assertClosedOnce(two, byTwo);
    }

    @Test
    void aWorkerKilledInTheMiddleOfAChunkLosesOnlyThatChunkWhichIsClaimedAgainOnceItsLeaseEnds() throws Exception {
        Instant cutoff = Instant.now().minus(Duration.ofDays(250));
        ClosingSeed seed = seed(cutoff);
        CountDownLatch killed = new CountDownLatch(1);
        CountDownLatch buried = new CountDownLatch(1);
        BonusClosingService dying = service(1, new ClosingChunkListener() {
            @Override
            public void written(long closingId, int chunkNo) {
                if (chunkNo == 2 && closingId == runAt(cutoff)) { // its chunk written, uncommitted: the worker dies
                    try {
                        jdbc.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                    } catch (RuntimeException connectionGone) {
                        // the statement fails with its connection: the transaction is rolled back by the database
                    }
                    killed.countDown();
                    await(buried); // and does nothing more, as a dead process, until the test is over
                }
            }
        });
        Future<ClosingRun> dead = instances.submit(() -> dying.close(cutoff, "finance"));
        assertThat(killed.await(60, TimeUnit.SECONDS)).isTrue();
        ClosingRun interrupted = closings.find(runAt(cutoff));
        assertThat(interrupted.status()).isEqualTo(ClosingStatus.RUNNING);
        List<String> claimedNotDone = jdbc.queryForList("""
                SELECT CAST(chunk_no AS VARCHAR) || ' ' || worker FROM bonus_closing_chunks
                WHERE closing_id = ? AND status = 'pending' AND lease_until IS NOT NULL""", String.class, interrupted.id());
        assertThat(claimedNotDone)
                .as("the killed chunk keeps its claim until the lease ends")
                .hasSize(1);
        assertThat(seed.members().stream()
                        .filter(member -> points(member, Bucket.AVAILABLE).signum() > 0)
                        .count())
                .as("exactly the members of the committed chunk")
                .isEqualTo(membersDone(interrupted.id(), seed))
                .isPositive();
        long resumeStarted = System.nanoTime();

        ClosingRun resumed = service(2, ClosingChunkListener.NONE).close(cutoff, "finance");

        assertThat(Duration.ofNanos(System.nanoTime() - resumeStarted))
                .as("waited for the killed chunk's lease")
                .isGreaterThan(LEASE.minusSeconds(2));
        buried.countDown();
        assertThatThrownBy(() -> dead.get(60, TimeUnit.SECONDS))
                .as("the dead worker's transaction cannot commit")
                .isNotNull();
        assertThat(resumed.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(resumed.processedEntries()).isEqualTo(resumed.totalEntries());
        String[] killedChunk = claimedNotDone.get(0).split(" ");
        assertThat(jdbc.queryForObject(
                        "SELECT worker FROM bonus_closing_chunks WHERE closing_id = ? AND chunk_no = ?",
                        String.class,
                        resumed.id(),
                        Integer.parseInt(killedChunk[0])))
                .as("the killed chunk was written by the resumed call")
                .isNotEqualTo(killedChunk[1]);
        assertClosedOnce(seed, resumed);
    }

    @Test
    void aSecondApplicationTakesOverTheRangeOfAStalledWorkerOnceItsLeaseEnds() throws Exception {
        Instant cutoff = Instant.now().minus(Duration.ofDays(200));
        ClosingSeed seed = seed(cutoff);
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        BonusClosingService stalling = service(1, new ClosingChunkListener() {
            @Override
            public void claimed(long closingId, int chunkNo) {
                if (chunkNo == 2 && closingId == runAt(cutoff)) { // claimed, not written: a long pause holding it
                    stalled.countDown();
                    await(released);
                }
            }
        });
        Future<ClosingRun> first = instances.submit(() -> stalling.close(cutoff, "finance"));
        assertThat(stalled.await(60, TimeUnit.SECONDS)).isTrue();

        try (ConfigurableApplicationContext second = secondApplication()) {
            BonusClosingService other = second.getBean(BonusClosingService.class)
                    .with(
                            second.getBean(BonusProperties.class).closing().withWorkers(2, LEASE),
                            Clock.systemUTC(),
                            ClosingChunkListener.NONE);

            ClosingRun takenOver = other.close(cutoff, "finance");

            assertThat(takenOver.status()).isEqualTo(ClosingStatus.COMPLETED);
        }
        released.countDown();
        ClosingRun completed = first.get(60, TimeUnit.SECONDS);

        assertThat(completed.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(completed.processedEntries()).isEqualTo(completed.totalEntries());
        List<String> workers = jdbc.queryForList(
                "SELECT worker FROM bonus_closing_chunks WHERE closing_id = ? AND chunk_no IN (1, 2) ORDER BY chunk_no",
                String.class,
                completed.id());
        assertThat(ownerOf(workers.get(1)))
                .as("the stalled range was written by the second application")
                .isNotEqualTo(ownerOf(workers.get(0)));
        assertClosedOnce(seed, completed);
    }

    private void assertClosedOnce(ClosingSeed seed, ClosingRun run) {
        assertEachMemberPaidOnce(seed);
        List<String> statuses =
                jdbc.queryForList("""
                SELECT e.status || ':' || CAST(e.closing_id AS VARCHAR) FROM bonus_entries e
                WHERE e.beneficiary_member_id IN (SELECT * FROM UNNEST(CAST(? AS VARCHAR ARRAY)))""", String.class, (Object) seed.members().toArray(String[]::new));
        assertThat(statuses).hasSize(seed.entries());
        assertThat(statuses.stream().filter(status -> status.startsWith(BonusEntryStatus.CANCELLED.name())))
                .as("the refunded order's entries")
                .hasSize(MEMBERS);
        assertThat(statuses)
                .allMatch(status -> status.endsWith(":" + run.id()))
                .allMatch(status -> !status.startsWith(BonusEntryStatus.PENDING.name()));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM bonus_closing_chunks WHERE closing_id = ? AND status = 'pending'",
                        Long.class,
                        run.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(entries) FROM bonus_closing_chunks WHERE closing_id = ?", Long.class, run.id()))
                .as("the ranges' entries add up to the closing's")
                .isEqualTo(run.processedEntries());
    }

    private long membersDone(long closingId, ClosingSeed seed) {
        List<ClosingRange> done = jdbc.query(
                """
                SELECT chunk_no, after_member, last_member FROM bonus_closing_chunks
                WHERE closing_id = ? AND status = 'done'""",
                (row, index) -> new ClosingRange(
                        row.getInt("chunk_no"), row.getString("after_member"), row.getString("last_member")),
                closingId);
        return seed.members().stream()
                .filter(member -> done.stream().anyMatch(range -> range.holds(member)))
                .count();
    }

    /** The workers of the closing's ranges that took entries, in range order. */
    private List<String> workersOf(ClosingRun run) {
        return jdbc.queryForList("""
                SELECT worker FROM bonus_closing_chunks WHERE closing_id = ? AND status = 'done' AND entries > 0
                ORDER BY chunk_no""", String.class, run.id());
    }

    /** The application once more, on this test's schema (another instance of the service). */
    private ConfigurableApplicationContext secondApplication() {
        return new SpringApplicationBuilder(AeghashApplication.class)
                .profiles("sandbox", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--aeghash.scheduling.enabled=false",
                        "--aeghash.bonus.closing.chunk-entries=" + CHUNK_ENTRIES);
    }

    private static String workerName(String worker) {
        return worker.substring(worker.lastIndexOf('/') + 1);
    }

    /** The call a worker belongs to (instance and call id, without the worker's own name). */
    private static String ownerOf(String worker) {
        return worker.substring(0, worker.lastIndexOf('/'));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
