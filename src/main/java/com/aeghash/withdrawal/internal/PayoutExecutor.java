package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Executes approved withdrawals in three atomic phases: (1) claim the row under its lock and commit
 * {@code executing}; (2) call the gateway with no transaction open; (3) record the outcome in a new
 * transaction. Only the claim moves a row out of {@code approved}, so however many approvers, batch runs or
 * instances race, each withdrawal is sent once; a crash after (1) leaves an {@code executing} row that the
 * reconciler resolves by asking the vendor, never by sending again.
 */
@Component
class PayoutExecutor {

    static final String ACTOR = "system";
    private final WithdrawalRepository withdrawals;
    private final WithdrawalStateChanges stateChanges;
    private final PayoutOutcomeRecorder recorder;
    private final PayoutGateways gateways;
    private final PayoutCalls calls;
    private final UnitOfWork unitOfWork;

    PayoutExecutor(
            WithdrawalRepository withdrawals,
            WithdrawalStateChanges stateChanges,
            PayoutOutcomeRecorder recorder,
            PayoutGateways gateways,
            PayoutCalls calls,
            UnitOfWork unitOfWork) {
        this.withdrawals = withdrawals;
        this.stateChanges = stateChanges;
        this.recorder = recorder;
        this.gateways = gateways;
        this.calls = calls;
        this.unitOfWork = unitOfWork;
    }

    /** Executes the withdrawal if it is still approved; otherwise someone else claimed it and it is returned as is. */
    Withdrawal executeIfApproved(long id) {
        Optional<Withdrawal> claimed = unitOfWork.inNewTransaction(() -> withdrawals
                .lock(id)
                .filter(withdrawal -> withdrawal.status() == WithdrawalStatus.APPROVED)
                .map(this::startExecution));
        if (claimed.isEmpty()) {
            return withdrawals.find(id).orElseThrow(() -> WithdrawalErrors.notFound(id));
        }
        return callAndRecord(claimed.get());
    }

    /** Claims the oldest approved withdrawal no other transaction holds and executes it; empty when none is left. */
    Optional<Withdrawal> executeNextApproved() {
        Optional<Withdrawal> claimed =
                unitOfWork.inNewTransaction(() -> withdrawals.lockNextApproved().map(this::startExecution));
        return claimed.map(this::callAndRecord);
    }

    /** Phase 1, inside the claiming transaction. Package-private so tests can stop here, as a crash would. */
    Withdrawal startExecution(Withdrawal approved) {
        String gateway = gateways.forAsset(approved.asset())
                .map(found -> found.getClass().getSimpleName())
                .orElse("none");
        return stateChanges.move(
                approved,
                WithdrawalAction.START_EXECUTION,
                row -> row,
                new AuditNote(
                        WithdrawalAuditAction.EXECUTING,
                        ACTOR,
                        "calling the payout gateway",
                        Map.of("gateway", gateway, "payoutReference", approved.payoutReference())));
    }

    /** What the gateway is asked to pay (and, on reconciliation, to look up) for the withdrawal. */
    static PayoutCommand commandOf(Withdrawal withdrawal) {
        return new PayoutCommand(
                withdrawal.payoutReference(),
                withdrawal.id(),
                withdrawal.memberId(),
                withdrawal.asset(),
                withdrawal.amount(),
                withdrawal.request().destination());
    }

    private Withdrawal callAndRecord(Withdrawal executing) {
        PayoutCommand command = commandOf(executing);
        PayoutOutcome outcome = gateways.forAsset(executing.asset())
                .map(gateway -> calls.execute(gateway, command))
                // Nothing was sent: no gateway handles the asset any more (configuration changed since approval).
                .orElseGet(() -> PayoutOutcome.failedDefinite("no payout gateway handles " + executing.asset()));
        return recorder.record(executing.id(), outcome, PayoutOutcomeRecorder.Source.EXECUTION)
                .withdrawal();
    }
}
