package com.aeghash.rank.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.audit.BulkAudit;
import com.aeghash.common.ApiException;
import com.aeghash.rank.RankRecomputation;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every rank set-based: the inputs of all members into the working set, then one statement per depth
 * level from the deepest up, then the differences to the stored ranks (a history row each). It all runs in one
 * transaction holding the gate exclusively ({@link RankGate}): incremental recomputations wait, then go on from
 * the rebuilt ranks. Progress is written beside it in short transactions, so a GET follows it.
 */
@Service
class FullRecomputation {

    private static final Logger log = LoggerFactory.getLogger(FullRecomputation.class);

    /** A RUNNING run not updated for this long was abandoned (its instance stopped) and no longer blocks a new one. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final RecomputationSql sql;
    private final JdbcRecomputationRepository runs;
    private final RankGate gate;
    private final AuditLog audit;
    private final BulkAudit bulkAudit;
    private final Clock clock;
    private final TransactionTemplate work;
    private final TransactionTemplate beside;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aeghash-rank-recomputation");
        thread.setDaemon(true);
        return thread;
    });

    FullRecomputation(
            RecomputationSql sql,
            JdbcRecomputationRepository runs,
            RankGate gate,
            AuditLog audit,
            BulkAudit bulkAudit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.runs = runs;
        this.gate = gate;
        this.audit = audit;
        this.bulkAudit = bulkAudit;
        this.clock = clock;
        this.work = new TransactionTemplate(transactions);
        this.beside = new TransactionTemplate(transactions);
        beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the run (audited) and starts it in the background. */
    RankRecomputation start(String actor) {
        long id = register(actor);
        executor.execute(() -> run(id));
        return runs.find(id).orElseThrow();
    }

    /** Records the run and runs it in the caller's thread (tests, the benchmark). */
    RankRecomputation runNow(String actor) {
        long id = register(actor);
        run(id);
        return runs.find(id).orElseThrow();
    }

    private long register(String actor) {
        return beside.execute(status -> {
            Instant now = clock.instant();
            runs.running(now.minus(ABANDONED_AFTER)).ifPresent(running -> {
                throw ApiException.conflict(
                        "recomputation_running", "rank recomputation " + running + " is still running");
            });
            long id = runs.insertRunning(actor, now);
            audit.record(actor, "rank.recomputation_started", "recomputation:" + id, Map.of());
            return id;
        });
    }

    private void run(long id) {
        try {
            long changed = work.execute(status -> rebuild(id));
            beside.executeWithoutResult(status -> {
                runs.complete(id, changed, clock.instant());
                audit.record(
                        IncrementalRanks.ACTOR,
                        "rank.recomputation_completed",
                        "recomputation:" + id,
                        Map.of("changedMembers", Long.toString(changed)));
            });
        } catch (RuntimeException failure) {
            log.error("rank recomputation {} failed", id, failure);
            beside.executeWithoutResult(status -> runs.fail(id, String.valueOf(failure.getMessage()), clock.instant()));
        }
    }

    private long rebuild(long id) {
        gate.enterExclusive();
        long members = sql.prepare(clock.instant());
        int deepest = sql.deepestLevel();
        int levels = deepest + 1;
        progress(id, members, levels, 0);
        for (int depth = deepest; depth >= 0; depth--) {
            sql.rankLevel(depth);
            progress(id, members, levels, deepest - depth + 1);
        }
        long audited = auditChanges(id);
        long changed = sql.apply(id, clock.instant());
        if (audited != changed) {
            // cannot happen under the exclusive gate; should it, the whole run rolls back with its audit entries
            throw new IllegalStateException(
                    "rank recomputation " + id + " audited " + audited + " changes of " + changed);
        }
        return changed;
    }

    /**
     * One audit entry per rank the run changes, like an incremental change's, before they are applied: one {@code
     * INSERT … SELECT} through {@link BulkAudit}, nothing read into memory; returns how many.
     */
    private long auditChanges(long id) {
        return bulkAudit.recordRows(IncrementalRanks.ACTOR, IncrementalRanks.CHANGED_ACTION, sql.changesToAudit(id));
    }

    private void progress(long id, long members, int levels, int done) {
        beside.executeWithoutResult(status -> runs.progress(id, members, levels, done, clock.instant()));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
