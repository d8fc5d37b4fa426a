package com.aeghash.mining.internal;

import static com.aeghash.mining.internal.MiningProperties.AllocationBasis.START_OF_DAY;
import static com.aeghash.mining.internal.MiningProperties.AllocationBasis.TIME_WEIGHTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunStatus;
import com.aeghash.mining.internal.etl.EtlChunk;
import com.aeghash.mining.internal.etl.EtlChunkRange;
import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.etl.StoredEtlRun;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What {@link EtlRunRepository} must do (lease, fencing, progress), on memory, H2 and PostgreSQL. */
public abstract class EtlRunRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-03-10T00:15:00Z");
    private static final Instant LEASE_END = NOW.plus(Duration.ofMinutes(2));
    private static final LocalDate DAY = LocalDate.parse("2026-03-09");
    private static final List<EtlChunkRange> RANGES = List.of(
            new EtlChunkRange(1, "", "m-3"), new EtlChunkRange(2, "m-3", "m-6"), new EtlChunkRange(3, "m-6", null));
    private EtlRunRepository runs;
    private String job;

    protected abstract EtlRunRepository runs();

    @BeforeEach
    void setUp() {
        runs = runs();
        job = TestIds.unique("job");
    }

    @Test
    void aRunIsCreatedOnceRunningAndWithoutALease() {
        StoredEtlRun created = runs.findOrCreate(job, DAY, NOW);
        StoredEtlRun again = runs.findOrCreate(job, DAY, NOW.plusSeconds(5));

        assertThat(again.id()).isEqualTo(created.id());
        assertThat(created.run().status()).isEqualTo(EtlRunStatus.RUNNING);
        assertThat(created.leaseOwner()).isNull();
        assertThat(created.prepared()).isFalse();
        assertThat(created.run().allocationBasis()).isNull();
        assertThat(runs.find(job, DAY.minusDays(1))).isEmpty();
    }

    @Test
    void oneOwnerHoldsTheLeaseUntilItExpires() {
        long id = runs.findOrCreate(job, DAY, NOW).id();

        assertThat(runs.claim(id, "owner-a", NOW, LEASE_END)).isTrue();
        assertThat(runs.claim(id, "owner-b", NOW.plusSeconds(60), LEASE_END.plusSeconds(60)))
                .isFalse();
        assertThat(runs.claim(id, "owner-b", LEASE_END.plusSeconds(1), LEASE_END.plusSeconds(121)))
                .isTrue();

        StoredEtlRun stored = runs.find(job, DAY).orElseThrow();
        assertThat(stored.leaseOwner()).isEqualTo("owner-b");
        assertThat(stored.run().attempts()).isEqualTo(2);
        assertThat(runs.prepare(id, "owner-a", TIME_WEIGHTED, 1, List.of(), NOW, LEASE_END))
                .isFalse();
    }

    @Test
    void eachRangeIsRecordedOnceAndOnlyByTheHolder() {
        long id = claimedAndPrepared("owner-a");

        assertThat(runs.prepare(id, "owner-a", TIME_WEIGHTED, 9, coins(), NOW, LEASE_END))
                .isFalse();
        assertThat(runs.recordChunk(id, "owner-b", chunk(1, 3, "1"), NOW, LEASE_END))
                .isFalse();
        assertThat(runs.recordChunk(id, "owner-a", chunk(9, 3, "1"), NOW, LEASE_END))
                .as("no such range")
                .isFalse();
        assertThat(runs.recordChunk(id, "owner-a", chunk(1, 3, "1"), NOW, LEASE_END))
                .isTrue();
        assertThat(runs.recordChunk(id, "owner-a", chunk(1, 3, "1"), NOW, LEASE_END))
                .as("done already")
                .isFalse();
        assertThat(runs.recordChunk(id, "owner-a", chunk(2, 3, "2.5"), NOW, LEASE_END))
                .isTrue();

        StoredEtlRun stored = runs.find(job, DAY).orElseThrow();
        assertThat(stored.prepared()).isTrue();
        assertThat(stored.run().totalMembers()).isEqualTo(7);
        assertThat(stored.run().processedMembers()).isEqualTo(6);
        assertThat(runs.pendingChunks(id)).isEqualTo(1);
        assertThat(runs.remaining(id, false).get(Asset.LTC)).isEqualByComparingTo("6.5");
        EtlRun.CoinTotals ltc = stored.run().coins().get(0);
        assertThat(ltc.coin()).isEqualTo(Asset.LTC);
        assertThat(ltc.creditedTotal()).isEqualByComparingTo("3.5");
        assertThat(ltc.scale()).isEqualByComparingTo("0.5");
        assertThat(ltc.perMega()).isEqualByComparingTo("0.000020878384");
    }

    @Test
    void rangesAreAddedOnlyByTheHolderAndClaimedInOrderUntilDone() {
        long id = claimedAndPrepared("owner-a");

        assertThat(runs.addChunks(id, "owner-b", List.of(new EtlChunkRange(9, "x", null))))
                .isFalse();
        assertThat(runs.claimChunk(id, true)).contains(RANGES.get(0));
        runs.recordChunk(id, "owner-a", chunk(1, 3, "1"), NOW, LEASE_END);
        assertThat(runs.claimChunk(id, false)).contains(RANGES.get(1));
        runs.recordChunk(id, "owner-a", chunk(2, 3, "1"), NOW, LEASE_END);
        runs.recordChunk(id, "owner-a", chunk(3, 1, "1"), NOW, LEASE_END);

        assertThat(runs.claimChunk(id, true)).isEmpty();
        assertThat(runs.pendingChunks(id)).isZero();
        assertThat(runs.hasChunks(id)).isTrue();
        assertThat(runs.hasChunks(runs.findOrCreate(job, DAY.minusDays(1), NOW).id()))
                .isFalse();
    }

    @Test
    void creditsBeyondTheProjectTotalAreRefusedByTheStore() {
        long id = claimedAndPrepared("owner-a");

        assertThatThrownBy(() -> runs.recordChunk(id, "owner-a", chunk(1, 1, "10.000000000000000001"), NOW, LEASE_END))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCompletedRunIsNeverClaimedAgainAndAFailedOneIs() {
        long completed = claimedAndPrepared("owner-a");
        assertThat(runs.complete(completed, "owner-b", NOW)).isFalse();
        assertThat(runs.complete(completed, "owner-a", NOW)).isTrue();
        assertThat(runs.claim(completed, "owner-b", LEASE_END.plusSeconds(600), LEASE_END.plusSeconds(720)))
                .isFalse();
        StoredEtlRun done = runs.find(job, DAY).orElseThrow();
        assertThat(done.run().status()).isEqualTo(EtlRunStatus.COMPLETED);
        assertThat(done.run().completedAt()).isNotNull();
        assertThat(done.leaseOwner()).isNull();

        long failed = runs.findOrCreate(job, DAY.minusDays(1), NOW).id();
        runs.claim(failed, "owner-a", NOW, LEASE_END);
        assertThat(runs.fail(failed, "owner-a", "HashDam unavailable", NOW)).isTrue();
        StoredEtlRun failedRun = runs.find(job, DAY.minusDays(1)).orElseThrow();
        assertThat(failedRun.run().status()).isEqualTo(EtlRunStatus.FAILED);
        assertThat(failedRun.run().lastError()).isEqualTo("HashDam unavailable");
        assertThat(runs.claim(failed, "owner-b", NOW, LEASE_END)).isTrue();
        assertThat(runs.find(job, DAY.minusDays(1)).orElseThrow().run().status())
                .isEqualTo(EtlRunStatus.RUNNING);
    }

    @Test
    void recentRunsAreNewestFirstAndUnfinishedOnesAreFoundForResumption() {
        long done = runs.findOrCreate(job, DAY.minusDays(3), NOW).id();
        runs.claim(done, "owner-a", NOW, LEASE_END);
        runs.complete(done, "owner-a", NOW);
        runs.findOrCreate(job, DAY.minusDays(2), NOW);
        runs.findOrCreate(job, DAY, NOW);

        assertThat(runs.recent(job, 10))
                .extracting(EtlRun::date)
                .containsExactly(DAY, DAY.minusDays(2), DAY.minusDays(3));
        assertThat(runs.unfinishedBefore(job, DAY, 10)).containsExactly(DAY.minusDays(2));
        assertThat(runs.before(job, DAY.minusDays(2), 10))
                .extracting(EtlRun::date)
                .containsExactly(DAY.minusDays(3));
        assertThat(runs.before(job, DAY.plusDays(1), 1))
                .extracting(EtlRun::date)
                .containsExactly(DAY);
    }

    @Test
    void theAllocationBasisIsFixedWhenTheRunIsPreparedAndKeptThroughProgressAndFailure() {
        long id = claimedAndPrepared("owner-a");

        assertThat(runs.prepare(id, "owner-a", TIME_WEIGHTED, 7, coins(), NOW, LEASE_END))
                .isFalse();
        assertThat(runs.recordChunk(id, "owner-a", chunk(1, 3, "1"), NOW, LEASE_END))
                .isTrue();
        assertThat(runs.fail(id, "owner-a", "crash", NOW)).isTrue();

        StoredEtlRun stored = runs.find(job, DAY).orElseThrow();
        assertThat(stored.run().allocationBasis()).isEqualTo("start-of-day");
        assertThat(stored.allocationBasis()).isEqualTo(START_OF_DAY);
    }

    private long claimedAndPrepared(String owner) {
        long id = runs.findOrCreate(job, DAY, NOW).id();
        runs.claim(id, owner, NOW, LEASE_END);
        assertThat(runs.prepare(id, owner, START_OF_DAY, 7, coins(), NOW, LEASE_END))
                .isTrue();
        assertThat(runs.addChunks(id, owner, RANGES)).isTrue();
        return id;
    }

    private static List<EtlRun.CoinTotals> coins() {
        return List.of(new EtlRun.CoinTotals(
                Asset.LTC,
                new BigDecimal("0.000020878384"),
                new BigDecimal("10"),
                new BigDecimal("20"),
                new BigDecimal("0.5"),
                BigDecimal.ZERO));
    }

    private static EtlChunk chunk(int chunkNo, int members, String ltc) {
        return new EtlChunk(chunkNo, "worker-1", members, credited(ltc));
    }

    private static Map<Asset, BigDecimal> credited(String ltc) {
        return Map.of(Asset.LTC, new BigDecimal(ltc));
    }
}
