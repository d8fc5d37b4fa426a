package com.aeghash.withdrawal.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The "withdrawal approval batch": executes {@code approved} withdrawals that were not executed right after
 * their final approval (the process stopped in between, or the gateway call never started). Rows are
 * claimed one at a time with {@code FOR UPDATE SKIP LOCKED}, so instances share the work without waiting
 * for each other, and a crash leaves at most one claimed row for the reconciler.
 */
@Component
class WithdrawalApprovalBatch {

    private final PayoutExecutor executor;
    private final int batchSize;

    WithdrawalApprovalBatch(PayoutExecutor executor, WithdrawalProperties properties) {
        this.executor = executor;
        this.batchSize = properties.batch().size();
    }

    @Scheduled(
            fixedDelayString = "${aeghash.withdrawal.batch.interval:1m}",
            initialDelayString = "${aeghash.withdrawal.batch.interval:1m}")
    @SchedulerLock(
            name = "withdrawal-approval-batch",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.withdrawal.batch.interval:1m}")
    public void executeApproved() {
        executeApproved(batchSize);
    }

    /** Executes up to {@code limit} approved withdrawals; returns how many it executed. */
    public int executeApproved(int limit) {
        int executed = 0;
        while (executed < limit && executor.executeNextApproved().isPresent()) {
            executed++;
        }
        return executed;
    }
}
