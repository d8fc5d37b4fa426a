package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.hashdam.HashDamException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles mining withdrawals with HashDam: follows submitted ones by withdrawId until the history says
 * completed or failed, and searches the history for unknown ones (and for rows left submitting by a crash)
 * on the configured schedule. Vendor calls happen outside transactions; each result is recorded by
 * {@link WithdrawalFindingRecorder}, which re-reads the row under a lock and applies only a legal, newer state.
 */
final class MiningWithdrawalReconciler {

    private static final Logger log = LoggerFactory.getLogger(MiningWithdrawalReconciler.class);

    private final MiningWithdrawalRepository withdrawals;
    private final WithdrawalVendor vendor;
    private final WithdrawalFindingRecorder recorder;
    private final Clock clock;
    private final MiningProperties.Withdrawals limits;

    MiningWithdrawalReconciler(
            MiningWithdrawalRepository withdrawals,
            WithdrawalVendor vendor,
            WithdrawalFindingRecorder recorder,
            Clock clock,
            MiningProperties.Withdrawals limits) {
        this.withdrawals = withdrawals;
        this.vendor = vendor;
        this.recorder = recorder;
        this.clock = clock;
        this.limits = limits;
    }

    /** One pass over the due rows (at most the batch size); returns how many changed state. */
    int reconcileDue() {
        Instant now = clock.instant();
        List<MiningWithdrawalRecord> due =
                withdrawals.due(now, now.minus(limits.submittingStaleAfter()), limits.janitorBatchSize());
        int changed = 0;
        for (MiningWithdrawalRecord withdrawal : due) {
            try {
                if (reconcile(withdrawal).status() != withdrawal.status()) {
                    changed++;
                }
            } catch (RuntimeException failure) {
                log.warn(
                        "could not reconcile mining withdrawal {}: {}",
                        withdrawal.payoutReference(),
                        failure.getMessage());
            }
        }
        return changed;
    }

    /** The row reconciled now if {@link #reconcileDue} would take it now, else as it is. */
    MiningWithdrawalRecord reconcileIfDue(MiningWithdrawalRecord withdrawal) {
        Instant now = clock.instant();
        boolean due = switch (withdrawal.status()) {
            case SUBMITTED, UNKNOWN ->
                withdrawal.nextCheckAt() != null && !withdrawal.nextCheckAt().isAfter(now);
            case SUBMITTING -> !withdrawal.requestedAt().isAfter(now.minus(limits.submittingStaleAfter()));
            default -> false;
        };
        return due ? reconcile(withdrawal) : withdrawal;
    }

    private MiningWithdrawalRecord reconcile(MiningWithdrawalRecord withdrawal) {
        if (withdrawal.status() == MiningWithdrawalStatus.SUBMITTED) {
            return recorder.record(withdrawal.id(), withdrawal.status(), followUp(withdrawal));
        }
        String reason = withdrawal.status() == MiningWithdrawalStatus.SUBMITTING
                ? "interrupted before HashDam's answer was recorded"
                : "HashDam's answer was lost";
        return recorder.record(withdrawal.id(), withdrawal.status(), vendor.searchAfterLoss(withdrawal, reason, 0));
    }

    private WithdrawalFinding followUp(MiningWithdrawalRecord withdrawal) {
        try {
            return vendor.lookUp(withdrawal)
                    .<WithdrawalFinding>map(entry -> new WithdrawalFinding.Found(entry, 0))
                    .orElseGet(() -> new WithdrawalFinding.Unlisted(
                            "withdrawId " + withdrawal.withdrawId() + " is not in HashDam's history"));
        } catch (HashDamException historyFailed) {
            return new WithdrawalFinding.Unlisted("history unavailable: " + historyFailed.getMessage());
        }
    }
}
