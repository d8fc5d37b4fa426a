package com.aeghash.mining.internal;

import com.aeghash.common.ApiException;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mining schedules, each guarded by ShedLock so one instance runs it at a time. The bodies are public
 * methods tests call directly (schedules are off in tests).
 */
@Component
class MiningJobs {

    private static final Logger log = LoggerFactory.getLogger(MiningJobs.class);
    private final Mining mining;
    private final MiningWithdrawals withdrawals;
    private final DailyProfitEtl etl;
    private final Clock clock;

    MiningJobs(Mining mining, MiningWithdrawals withdrawals, DailyProfitEtl etl, Clock clock) {
        this.mining = mining;
        this.withdrawals = withdrawals;
        this.etl = etl;
        this.clock = clock;
    }

    /**
     * Credits yesterday (UTC) once HashDam has published it, after resuming any earlier day whose run did not
     * complete. Runs hourly by default: a completed day costs one query, a failed one is retried within the hour.
     */
    @Scheduled(cron = "${aeghash.mining.etl.cron:0 15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "mining-daily-etl", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void runDailyEtl() {
        LocalDate yesterday =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        etl.unfinishedBefore(yesterday).forEach(this::runQuietly);
        runQuietly(yesterday);
    }

    @Scheduled(
            fixedDelayString = "${aeghash.mining.snapshots.interval:1h}",
            initialDelayString = "${aeghash.mining.snapshots.interval:1h}")
    @SchedulerLock(
            name = "mining-project-snapshot",
            lockAtMostFor = "PT2H",
            lockAtLeastFor = "${aeghash.mining.snapshots.interval:1h}")
    public void takeProjectSnapshot() {
        try {
            mining.takeProjectSnapshot();
        } catch (ApiException failure) {
            log.warn("scheduled HashDam project snapshot failed: {}", failure.getMessage());
        }
    }

    @Scheduled(
            fixedDelayString = "${aeghash.mining.withdrawals.janitor-interval:1m}",
            initialDelayString = "${aeghash.mining.withdrawals.janitor-interval:1m}")
    @SchedulerLock(
            name = "mining-withdrawal-janitor",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.mining.withdrawals.janitor-interval:1m}")
    public void reconcileWithdrawals() {
        int changed = withdrawals.reconcileDue();
        if (changed > 0) {
            log.info("mining withdrawal reconciler: {} withdrawals changed state", changed);
        }
    }

    private void runQuietly(LocalDate date) {
        try {
            etl.run(date);
        } catch (RuntimeException failure) {
            log.warn("scheduled mining run of {} did not complete: {}", date, failure.getMessage());
        }
    }
}
