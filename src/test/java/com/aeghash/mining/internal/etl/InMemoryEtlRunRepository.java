package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunStatus;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;

/** {@code etl_runs} and its ranges in memory with the same fencing rules as the SQL implementation (no locks). */
public class InMemoryEtlRunRepository implements EtlRunRepository {

    private final Map<String, StoredEtlRun> runs = new HashMap<>();
    private final Map<Long, String> keysById = new HashMap<>();
    private final Map<Long, Map<Integer, Chunk>> chunksByRun = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized StoredEtlRun findOrCreate(String job, LocalDate date, Instant now) {
        return runs.computeIfAbsent(key(job, date), key -> {
            keysById.put(nextId, key);
            return new StoredEtlRun(
                    new EtlRun(nextId++, date, EtlRunStatus.RUNNING, 0, 0, List.of(), 0, null, now, now, null, null),
                    false,
                    null,
                    null,
                    null);
        });
    }

    @Override
    public synchronized Optional<StoredEtlRun> find(String job, LocalDate date) {
        return Optional.ofNullable(runs.get(key(job, date)));
    }

    @Override
    public synchronized List<EtlRun> before(String job, LocalDate date, int limit) {
        return runs.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(job + "/"))
                .map(entry -> entry.getValue().run())
                .filter(run -> run.date().isBefore(date))
                .sorted(Comparator.comparing(EtlRun::date).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<LocalDate> unfinishedBefore(String job, LocalDate date, int limit) {
        return runs.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(job + "/"))
                .map(entry -> entry.getValue().run())
                .filter(run ->
                        run.status() != EtlRunStatus.COMPLETED && run.date().isBefore(date))
                .map(EtlRun::date)
                .sorted()
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean claim(long runId, String owner, Instant now, Instant leaseUntil) {
        StoredEtlRun stored = byId(runId);
        boolean free = stored.leaseOwner() == null || stored.leaseUntil().isBefore(now);
        if (stored.run().status() == EtlRunStatus.COMPLETED || !free) {
            return false;
        }
        EtlRun run = stored.run();
        put(new StoredEtlRun(
                copy(
                        run,
                        EtlRunStatus.RUNNING,
                        run.processedMembers(),
                        run.coins(),
                        run.attempts() + 1,
                        null,
                        now,
                        null),
                stored.prepared(),
                stored.cursorMemberId(),
                owner,
                leaseUntil));
        return true;
    }

    @Override
    public synchronized boolean prepare(
            long runId,
            String owner,
            AllocationBasis basis,
            long totalMembers,
            List<EtlRun.CoinTotals> coins,
            Instant now,
            Instant leaseUntil) {
        StoredEtlRun stored = byId(runId);
        if (!holds(stored, owner) || stored.prepared()) {
            return false;
        }
        EtlRun run = stored.run();
        EtlRun prepared = new EtlRun(
                run.id(),
                run.date(),
                run.status(),
                totalMembers,
                run.processedMembers(),
                coins.stream()
                        .sorted(Comparator.comparing(EtlRun.CoinTotals::coin))
                        .toList(),
                run.attempts(),
                null,
                run.createdAt(),
                now,
                null,
                basis.wireName());
        put(new StoredEtlRun(prepared, true, stored.cursorMemberId(), owner, leaseUntil));
        return true;
    }

    @Override
    public synchronized boolean addChunks(long runId, String owner, List<EtlChunkRange> ranges) {
        if (!holds(byId(runId), owner)) {
            return false;
        }
        Map<Integer, Chunk> chunks = chunksByRun.computeIfAbsent(runId, id -> new TreeMap<>());
        ranges.forEach(range -> chunks.put(range.chunkNo(), new Chunk(range)));
        return true;
    }

    @Override
    public synchronized boolean hasChunks(long runId) {
        return !chunksByRun.getOrDefault(runId, Map.of()).isEmpty();
    }

    /** No transactions here, so no locks: the first pending range (the rig runs one worker). */
    @Override
    public synchronized Optional<EtlChunkRange> claimChunk(long runId, boolean skipLocked) {
        return chunksByRun.getOrDefault(runId, Map.of()).values().stream()
                .filter(chunk -> !chunk.done)
                .map(chunk -> chunk.range)
                .findFirst();
    }

    @Override
    public synchronized long pendingChunks(long runId) {
        return chunksByRun.getOrDefault(runId, Map.of()).values().stream()
                .filter(chunk -> !chunk.done)
                .count();
    }

    @Override
    public synchronized Map<Asset, BigDecimal> remaining(long runId, boolean lock) {
        Map<Asset, BigDecimal> remaining = new EnumMap<>(Asset.class);
        byId(runId)
                .run()
                .coins()
                .forEach(coin -> remaining.put(coin.coin(), coin.projectTotal().subtract(coin.creditedTotal())));
        return remaining;
    }

    @Override
    public synchronized boolean recordChunk(long runId, String owner, EtlChunk chunk, Instant now, Instant leaseUntil) {
        StoredEtlRun stored = byId(runId);
        Chunk range = chunksByRun.getOrDefault(runId, Map.of()).get(chunk.chunkNo());
        if (!holds(stored, owner) || range == null || range.done) {
            return false;
        }
        List<EtlRun.CoinTotals> coins = new ArrayList<>();
        for (EtlRun.CoinTotals coin : stored.run().coins()) {
            BigDecimal total = coin.creditedTotal().add(chunk.credited().getOrDefault(coin.coin(), BigDecimal.ZERO));
            if (total.compareTo(coin.projectTotal()) > 0) {
                throw new DataIntegrityViolationException(
                        "credited " + coin.coin() + " would exceed the project total");
            }
            coins.add(new EtlRun.CoinTotals(
                    coin.coin(), coin.perMega(), coin.projectTotal(), coin.membersTotal(), coin.scale(), total));
        }
        range.done = true;
        EtlRun run = stored.run();
        put(new StoredEtlRun(
                copy(
                        run,
                        run.status(),
                        run.processedMembers() + chunk.members(),
                        coins,
                        run.attempts(),
                        run.lastError(),
                        now,
                        null),
                true,
                stored.cursorMemberId(),
                owner,
                leaseUntil));
        return true;
    }

    /** A range and whether it is done. */
    private static final class Chunk {
        private final EtlChunkRange range;
        private boolean done;

        Chunk(EtlChunkRange range) {
            this.range = range;
        }
    }

    @Override
    public synchronized boolean complete(long runId, String owner, Instant now) {
        return finish(runId, owner, EtlRunStatus.COMPLETED, null, now);
    }

    @Override
    public synchronized boolean fail(long runId, String owner, String error, Instant now) {
        return finish(runId, owner, EtlRunStatus.FAILED, error, now);
    }

    private boolean finish(long runId, String owner, EtlRunStatus status, String error, Instant now) {
        StoredEtlRun stored = byId(runId);
        if (!holds(stored, owner)) {
            return false;
        }
        EtlRun run = stored.run();
        put(new StoredEtlRun(
                copy(
                        run,
                        status,
                        run.processedMembers(),
                        run.coins(),
                        run.attempts(),
                        error,
                        now,
                        status == EtlRunStatus.COMPLETED ? now : null),
                stored.prepared(),
                stored.cursorMemberId(),
                null,
                null));
        return true;
    }

    private static boolean holds(StoredEtlRun stored, String owner) {
        return owner.equals(stored.leaseOwner()) && stored.run().status() == EtlRunStatus.RUNNING;
    }

    private static EtlRun copy(
            EtlRun run,
            EtlRunStatus status,
            long processed,
            List<EtlRun.CoinTotals> coins,
            int attempts,
            String error,
            Instant now,
            Instant completedAt) {
        return new EtlRun(
                run.id(),
                run.date(),
                status,
                run.totalMembers(),
                processed,
                coins,
                attempts,
                error,
                run.createdAt(),
                now,
                completedAt,
                run.allocationBasis());
    }

    private StoredEtlRun byId(long runId) {
        String key = keysById.get(runId);
        if (key == null) {
            throw new IllegalArgumentException("no run " + runId);
        }
        return runs.get(key);
    }

    private void put(StoredEtlRun stored) {
        runs.put(keysById.get(stored.id()), stored);
    }

    private static String key(String job, LocalDate date) {
        return job + "/" + date;
    }
}
