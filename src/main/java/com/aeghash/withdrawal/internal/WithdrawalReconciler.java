package com.aeghash.withdrawal.internal;

import com.aeghash.withdrawal.PayoutOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The janitor of payouts: asks the vendor ({@link com.aeghash.withdrawal.PayoutGateway#reconcile}) about
 * {@code unknown} and {@code submitted} withdrawals on the reconciliation schedule, and about {@code executing}
 * ones left by a crash (older than {@code stale-executing-after}). It never sends a payout again. The look-up
 * runs with no transaction open; its answer is applied under the row lock, only if it is a better state.
 */
@Component
public class WithdrawalReconciler {

    private final WithdrawalRepository withdrawals;
    private final PayoutGateways gateways;
    private final PayoutCalls calls;
    private final PayoutOutcomeRecorder recorder;
    private final Duration staleExecutingAfter;
    private final int chunkSize;
    private final Clock clock;

    WithdrawalReconciler(WithdrawalRepository withdrawals, PayoutGateways gateways, PayoutCalls calls,
            PayoutOutcomeRecorder recorder, WithdrawalProperties properties, Clock clock) {
        this.withdrawals = withdrawals;
        this.gateways = gateways;
        this.calls = calls;
        this.recorder = recorder;
        this.staleExecutingAfter = properties.reconciliation().staleExecutingAfter();
        this.chunkSize = properties.reconciliation().chunkSize();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aeghash.withdrawal.reconciliation.interval:1m}",
            initialDelayString = "${aeghash.withdrawal.reconciliation.interval:1m}")
    @SchedulerLock(name = "withdrawal-reconciler", lockAtMostFor = "PT30M")
    public void reconcileDue() {
        reconcileDue(clock.instant());
    }

    /** One pass over what is due at {@code now} (tests pass a later time); returns how many were looked up. */
    public int reconcileDue(Instant now) {
        List<Long> due = withdrawals.dueForReconciliation(now, now.minus(staleExecutingAfter), chunkSize);
        due.forEach(this::lookUp);
        return due.size();
    }

    /**
     * Asks the vendor about one withdrawal now, off schedule (operators, also after the schedule ran out).
     * An {@code executing} withdrawal is asked about only once it is stale: while its call may still be in
     * flight, a vendor with no record of it yet proves nothing.
     */
    Withdrawal reconcileNow(long id) {
        Withdrawal withdrawal = withdrawals.find(id).orElseThrow(() -> WithdrawalErrors.notFound(id));
        boolean staleExecution = withdrawal.status() == WithdrawalStatus.EXECUTING
                && !withdrawal.updatedAt().isAfter(clock.instant().minus(staleExecutingAfter));
        if (!withdrawal.status().awaitsVendor() && !staleExecution) {
            throw WithdrawalErrors.nothingToReconcile(withdrawal.status());
        }
        return lookUp(id);
    }

    private Withdrawal lookUp(long id) {
        Withdrawal withdrawal = withdrawals.find(id).orElseThrow(() -> WithdrawalErrors.notFound(id));
        PayoutOutcome outcome = gateways.forAsset(withdrawal.asset())
                .map(gateway -> calls.reconcile(gateway, PayoutExecutor.commandOf(withdrawal)))
                .orElseGet(() -> PayoutOutcome.unknown("no payout gateway handles " + withdrawal.asset()));
        return recorder.recordReconciliation(id, outcome).withdrawal();
    }
}
