package com.aeghash.mining.internal.withdrawal;

import static com.aeghash.mining.MiningWithdrawalStatus.COMPLETED;
import static com.aeghash.mining.MiningWithdrawalStatus.FAILED;
import static com.aeghash.mining.MiningWithdrawalStatus.SUBMITTED;
import static com.aeghash.mining.MiningWithdrawalStatus.UNKNOWN;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.LogText;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.MiningWithdrawalCompleted;
import com.aeghash.mining.MiningWithdrawalFailed;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.hashdam.WithdrawEntry;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Phase 3: records a finding in its own transaction. The row is re-read under a lock and changed only if it
 * is still in the state the finding was learnt from (otherwise someone else recorded a result first); every
 * change follows {@link MiningWithdrawalStatus#moveTo}. Completion clears the hold to payout clearing, a
 * failure releases it and alerts; both publish their event in the same transaction.
 */
final class WithdrawalFindingRecorder {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalFindingRecorder.class);

    private final MiningWithdrawalRepository withdrawals;
    private final Ledger ledger;
    private final AuditLog audit;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final MiningProperties.Withdrawals limits;

    WithdrawalFindingRecorder(
            MiningWithdrawalRepository withdrawals,
            Ledger ledger,
            AuditLog audit,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties.Withdrawals limits) {
        this.withdrawals = withdrawals;
        this.ledger = ledger;
        this.audit = audit;
        this.notifier = notifier;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
    }

    MiningWithdrawalRecord record(long id, MiningWithdrawalStatus expected, WithdrawalFinding finding) {
        return unitOfWork.inNewTransaction(() -> recordLocked(id, expected, finding));
    }

    /** As {@link #record}, in the caller's transaction (an approval's, which must commit with it or not at all). */
    MiningWithdrawalRecord recordInCallersTransaction(
            long id, MiningWithdrawalStatus expected, WithdrawalFinding finding) {
        return unitOfWork.inTransaction(() -> recordLocked(id, expected, finding));
    }

    private MiningWithdrawalRecord recordLocked(long id, MiningWithdrawalStatus expected, WithdrawalFinding finding) {
        MiningWithdrawalRecord current = withdrawals.lock(id).orElseThrow();
        if (current.status() != expected) {
            log.info(
                    "mining withdrawal {} is {} now, not {}: finding {} not applied",
                    current.payoutReference(),
                    current.status().wireName(),
                    expected.wireName(),
                    finding.getClass().getSimpleName());
            return current;
        }
        MiningWithdrawalRecord next = apply(current, finding, clock.instant());
        if (next.status() != current.status()) {
            // Throws when the table does not allow the move: a bug, so nothing is written.
            current.status().moveTo(next.status());
        }
        withdrawals.update(next);
        return next;
    }

    private MiningWithdrawalRecord apply(MiningWithdrawalRecord current, WithdrawalFinding finding, Instant now) {
        if (finding instanceof WithdrawalFinding.Accepted accepted) {
            return submitted(current, accepted.withdrawId(), WithdrawEntry.PENDING, accepted.attempts(), now);
        }
        if (finding instanceof WithdrawalFinding.Refused refused) {
            return fail(withAttempts(current, refused.attempts()), refused.reason(), now, null);
        }
        if (finding instanceof WithdrawalFinding.Found found) {
            return adopt(withAttempts(current, found.attempts()), found.entry(), now);
        }
        if (finding instanceof WithdrawalFinding.Undecided undecided) {
            return undecided(
                    withAttempts(current, undecided.attempts()),
                    undecided.reason(),
                    undecided.historyShowsNothing(),
                    now);
        }
        if (finding instanceof WithdrawalFinding.Unlisted unlisted) {
            log.warn(
                    "submitted mining withdrawal {}: {}", current.payoutReference(), LogText.escape(unlisted.reason()));
            return copy(
                    current,
                    current.status(),
                    current.withdrawId(),
                    current.vendorStatus(),
                    current.attempts(),
                    current.checks(),
                    current.failureReason(),
                    now,
                    now.plus(limits.submittedCheckInterval()));
        }
        if (finding instanceof WithdrawalFinding.DeclaredFailed declared) {
            return declaredFailed(current, declared, now);
        }
        WithdrawalFinding.Identified identified = (WithdrawalFinding.Identified) finding;
        audit.record(
                identified.actor(),
                "mining.withdrawal_identified",
                current.payoutReference(),
                Map.of(
                        "withdrawId", identified.entry().withdrawId(),
                        "vendorStatus", identified.entry().status()));
        return adopt(
                withDecision(current, OperatorDecision.backedBy(identified.actor(), null)), identified.entry(), now);
    }

    /** Operators' declaration, audited with both people (or with HashDam's word when one operator relied on it). */
    private MiningWithdrawalRecord declaredFailed(
            MiningWithdrawalRecord current, WithdrawalFinding.DeclaredFailed declared, Instant now) {
        OperatorDecision decision = declared.decision();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("note", declared.note());
        if (decision.approvedBy() != null) {
            details.put("approvedBy", decision.approvedBy());
            details.put("approvalRequestId", String.valueOf(decision.approvalRequestId()));
        }
        if (decision.evidence() != null) {
            details.put("evidence", decision.evidence());
        }
        audit.record(decision.decidedBy(), "mining.withdrawal_declared_failed", current.payoutReference(), details);
        String reason = "declared failed by " + decision.decidedBy()
                + (decision.approvedBy() == null
                        ? " (" + decision.evidence() + ")"
                        : ", approved by " + decision.approvedBy())
                + ": " + declared.note();
        return fail(withDecision(current, decision), reason, now, decision);
    }

    /** The history shows the withdrawal: take over its id and status. */
    private MiningWithdrawalRecord adopt(MiningWithdrawalRecord current, WithdrawEntry entry, Instant now) {
        return switch (entry.status()) {
            case WithdrawEntry.COMPLETED -> complete(current, entry, now);
            case WithdrawEntry.FAILED, WithdrawEntry.CANCELED ->
                fail(
                        withVendor(current, entry),
                        "HashDam reports the withdrawal " + entry.status()
                                + (entry.message() == null ? "" : ": " + entry.message()),
                        now,
                        null);
            default -> submitted(current, entry.withdrawId(), entry.status(), current.attempts(), now);
        };
    }

    private MiningWithdrawalRecord submitted(
            MiningWithdrawalRecord current, String withdrawId, String vendorStatus, int attempts, Instant now) {
        return copy(
                current,
                SUBMITTED,
                withdrawId,
                vendorStatus,
                attempts,
                current.checks(),
                null,
                now,
                now.plus(limits.submittedCheckInterval()));
    }

    private MiningWithdrawalRecord complete(MiningWithdrawalRecord current, WithdrawEntry entry, Instant now) {
        MiningWithdrawalRecord completed = copy(
                current,
                COMPLETED,
                entry.withdrawId(),
                entry.status(),
                current.attempts(),
                current.checks(),
                null,
                now,
                null);
        ledger.post(WithdrawalEntries.clear(completed));
        events.publishEvent(new MiningWithdrawalCompleted(
                completed.payoutReference(),
                completed.memberId(),
                completed.coin(),
                completed.amount(),
                completed.withdrawId(),
                now));
        return completed;
    }

    /** {@code decision}: the operators who declared it, null when HashDam's answer proved it. */
    private MiningWithdrawalRecord fail(
            MiningWithdrawalRecord current, String reason, Instant now, OperatorDecision decision) {
        MiningWithdrawalRecord failed = copy(
                current,
                FAILED,
                current.withdrawId(),
                current.vendorStatus(),
                current.attempts(),
                current.checks(),
                reason,
                now,
                null);
        String shortReason = failed.failureReason();
        ledger.post(WithdrawalEntries.release(failed));
        events.publishEvent(new MiningWithdrawalFailed(
                failed.payoutReference(),
                failed.memberId(),
                failed.coin(),
                failed.amount(),
                shortReason,
                now,
                decision));
        notifier.alert(Alert.warning("mining", "Mining withdrawal failed", shortReason, fields(failed)));
        // the reason quotes HashDam's message or the note of the operator who declared the withdrawal failed
        log.warn("mining withdrawal {} failed: {}", failed.payoutReference(), LogText.escape(shortReason));
        return failed;
    }

    /**
     * Nothing decidable yet. A row arriving from {@code submitting} becomes unknown at the start of the schedule;
     * an unknown row moves one step on; after the last step an operator is alerted and nothing is scheduled.
     */
    private MiningWithdrawalRecord undecided(
            MiningWithdrawalRecord current, String reason, boolean historyShowsNothing, Instant now) {
        int checks = current.status() == UNKNOWN ? current.checks() + 1 : 0;
        MiningWithdrawalRecord counted = historyShowsNothing ? withHistoryMiss(current) : current;
        List<Duration> schedule = limits.unknownCheckSchedule();
        if (checks >= schedule.size()) {
            notifier.alert(Alert.critical(
                    "mining",
                    "Mining withdrawal needs an operator decision",
                    "outcome still unknown after " + checks + " history look-ups (" + counted.historyMisses()
                            + " found no match): " + reason,
                    fields(current)));
            return copy(counted, UNKNOWN, null, null, current.attempts(), checks, reason, now, null);
        }
        return copy(
                counted, UNKNOWN, null, null, current.attempts(), checks, reason, now, now.plus(schedule.get(checks)));
    }

    private static Map<String, String> fields(MiningWithdrawalRecord withdrawal) {
        return Map.of(
                "payoutReference",
                withdrawal.payoutReference(),
                "memberId",
                withdrawal.memberId(),
                "coin",
                withdrawal.coin().name(),
                "amount",
                Amounts.format(withdrawal.amount()));
    }

    private static MiningWithdrawalRecord withAttempts(MiningWithdrawalRecord current, int attempts) {
        return current.with(draft -> draft.attempts += attempts);
    }

    private static MiningWithdrawalRecord withVendor(MiningWithdrawalRecord current, WithdrawEntry entry) {
        return current.with(draft -> {
            draft.withdrawId = entry.withdrawId();
            draft.vendorStatus = entry.status();
        });
    }

    private static MiningWithdrawalRecord copy(
            MiningWithdrawalRecord row,
            MiningWithdrawalStatus status,
            String withdrawId,
            String vendorStatus,
            int attempts,
            int checks,
            String reason,
            Instant now,
            Instant nextCheckAt) {
        return row.with(draft -> {
            draft.status = status;
            draft.withdrawId = withdrawId;
            draft.vendorStatus = vendorStatus;
            draft.attempts = attempts;
            draft.checks = checks;
            draft.failureReason = reason;
            draft.updatedAt = now;
            draft.nextCheckAt = nextCheckAt;
        });
    }

    /** The row naming who decided it; nothing else changed. */
    private static MiningWithdrawalRecord withDecision(MiningWithdrawalRecord row, OperatorDecision decision) {
        return row.with(draft -> {
            draft.decidedBy = decision.decidedBy();
            draft.approvedBy = decision.approvedBy();
        });
    }

    /** The row with one more history look-up that found no match; nothing else changed. */
    private static MiningWithdrawalRecord withHistoryMiss(MiningWithdrawalRecord row) {
        return row.with(draft -> draft.historyMisses++);
    }
}
