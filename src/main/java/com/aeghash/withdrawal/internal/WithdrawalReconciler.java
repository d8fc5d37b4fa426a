package com.aeghash.withdrawal.internal;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.withdrawal.PayoutOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reconciler of payouts: asks the vendor ({@link com.aeghash.withdrawal.PayoutGateway#reconcile}) about
 * {@code unknown} and {@code submitted} withdrawals on the reconciliation schedule, and about {@code executing}
 * ones left by a crash (older than {@code stale-executing-after}). It never sends a payout again. The look-up
 * runs with no transaction open; its outcome is applied under the row lock, only if it is a better state.
 */
@Component
class WithdrawalReconciler {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalReconciler.class);
    private final WithdrawalRepository withdrawals;
    private final PayoutGateways gateways;
    private final PayoutCalls calls;
    private final PayoutOutcomeRecorder recorder;
    private final Duration staleExecutingAfter;
    private final int chunkSize;
    private final Notifier notifier;
    private final Clock clock;

    WithdrawalReconciler(
            WithdrawalRepository withdrawals,
            PayoutGateways gateways,
            PayoutCalls calls,
            PayoutOutcomeRecorder recorder,
            Notifier notifier,
            WithdrawalProperties properties,
            Clock clock) {
        this.withdrawals = withdrawals;
        this.gateways = gateways;
        this.calls = calls;
        this.recorder = recorder;
        this.staleExecutingAfter = properties.reconciliation().staleExecutingAfter();
        this.chunkSize = properties.reconciliation().chunkSize();
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.withdrawal.reconciliation.interval:1m}",
            initialDelayString = "${aeghash.withdrawal.reconciliation.interval:1m}")
    @SchedulerLock(
            name = "withdrawal-reconciler",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.withdrawal.reconciliation.interval:1m}")
    public void reconcileDue() {
        reconcileDue(clock.instant());
    }

    /**
     * One pass over what is due at {@code now} (tests pass a later time); returns how many were looked up. A
     * withdrawal whose outcome cannot be recorded (its transaction rolls back, so it stays due) is logged and
     * alerted, and the pass goes on: one broken row must not keep every later one from being reconciled.
     */
    public int reconcileDue(Instant now) {
        List<Long> due = withdrawals.dueForReconciliation(now, now.minus(staleExecutingAfter), chunkSize);
        for (long id : due) {
            try {
                withdrawals.find(id).ifPresent(this::lookUp);
            } catch (RuntimeException failure) {
                log.error("reconciliation of withdrawal {} failed; it stays due", id, failure);
                notifier.alertIndependently(Alert.critical(
                        PayoutOutcomeRecorder.ALERT_SOURCE,
                        "Withdrawal reconciliation failed",
                        "the vendor's answer for withdrawal " + id + " could not be recorded: " + failure,
                        Map.of("withdrawalId", String.valueOf(id))));
            }
        }
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
        return lookUp(withdrawal);
    }

    private Withdrawal lookUp(Withdrawal withdrawal) {
        PayoutOutcome outcome = gateways.forAsset(withdrawal.asset())
                .map(gateway -> calls.reconcile(gateway, PayoutExecutor.commandOf(withdrawal)))
                .orElseGet(() -> PayoutOutcome.unknown("no payout gateway handles " + withdrawal.asset()));
        return recorder.recordReconciliation(withdrawal.id(), outcome).withdrawal();
    }
}
