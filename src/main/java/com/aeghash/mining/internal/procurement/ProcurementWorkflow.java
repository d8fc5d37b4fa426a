package com.aeghash.mining.internal.procurement;

import static com.aeghash.mining.ProcurementStatus.APPROVED;
import static com.aeghash.mining.ProcurementStatus.CHARGE_REQUESTED;
import static com.aeghash.mining.ProcurementStatus.CHARGE_REQUESTING;
import static com.aeghash.mining.ProcurementStatus.CHARGE_UNKNOWN;
import static com.aeghash.mining.ProcurementStatus.CREDITED;
import static com.aeghash.mining.ProcurementStatus.PAYING;
import static com.aeghash.mining.ProcurementStatus.PAYMENT_UNKNOWN;
import static com.aeghash.mining.ProcurementStatus.SWAP_REQUESTING;
import static com.aeghash.mining.ProcurementStatus.SWAP_UNKNOWN;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.hashdam.HashDamException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a procurement along its lifecycle, one atomic phase per vendor call: (1) {@link ProcurementRecorder#claim}
 * commits the intent, (2) the vendor is called with no transaction open, (3) the outcome is recorded in a new
 * transaction. An unknown outcome, and an intent left by a crash, is resolved only by the reconciler
 * ({@code reconciling}), from HashDam's histories or the wallet's record, and never by calling again.
 */
final class ProcurementWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ProcurementWorkflow.class);
    private static final int STEPS_MAX = 16;
    private static final Set<ApprovalStatus> NOT_APPROVED =
            Set.of(ApprovalStatus.REJECTED, ApprovalStatus.CANCELLED, ApprovalStatus.EXPIRED, ApprovalStatus.FAILED);

    private final ProcurementRepository procurements;
    private final ProcurementVendor vendor;
    private final ProcurementRecorder recorder;
    private final ProcurementOutcomes outcomes;
    private final ApprovalRequests approvals;

    ProcurementWorkflow(
            ProcurementRepository procurements,
            ProcurementVendor vendor,
            ProcurementRecorder recorder,
            ApprovalRequests approvals,
            ProcurementProperties properties) {
        this.procurements = procurements;
        this.vendor = vendor;
        this.recorder = recorder;
        this.outcomes = new ProcurementOutcomes(vendor, recorder, new ChargeCeiling(properties));
        this.approvals = approvals;
    }

    /** Takes every step that is due now; returns true when the status changed. */
    boolean advance(long id, boolean reconciling) {
        ProcurementStatus before = procurements.find(id).orElseThrow().status();
        for (int step = 0; step < STEPS_MAX; step++) {
            Procurement current = procurements.find(id).orElseThrow();
            if (current.status().isFinal() || current.needsOperator() || !step(current, reconciling)) {
                break;
            }
        }
        return procurements.find(id).orElseThrow().status() != before;
    }

    private boolean step(Procurement procurement, boolean reconciling) {
        boolean due =
                procurement.nextCheckAt() == null || !procurement.nextCheckAt().isAfter(recorder.now());
        return switch (procurement.status()) {
            case AWAITING_APPROVAL -> reconciling && settleRefusedApproval(procurement);
            case APPROVED -> call(procurement, APPROVED, CHARGE_REQUESTING, vendor::charge, outcomes::ofCharge);
            case CHARGE_REQUESTED -> call(procurement, CHARGE_REQUESTED, PAYING, vendor::pay, outcomes::ofPayment);
            case CREDITED -> call(procurement, CREDITED, SWAP_REQUESTING, vendor::swap, outcomes::ofSwap);
            case CHARGE_REQUESTING -> reconciling && due && interrupted(procurement, CHARGE_UNKNOWN);
            case PAYING -> reconciling && due && interrupted(procurement, PAYMENT_UNKNOWN);
            case SWAP_REQUESTING -> reconciling && due && interrupted(procurement, SWAP_UNKNOWN);
            case CHARGE_UNKNOWN, PAYMENT_UNKNOWN, SWAP_UNKNOWN -> reconciling && due && resolve(procurement);
            case CHARGE_PENDING, SWAP_REQUESTED -> due && followUp(procurement);
            default -> false;
        };
    }

    private <T> boolean call(
            Procurement procurement,
            ProcurementStatus from,
            ProcurementStatus intent,
            Function<Procurement, Called<T>> call,
            BiFunction<Procurement, Called<T>, ProcurementChange> outcome) {
        Procurement claimed = recorder.claim(procurement.id(), from, intent, "calling the vendor");
        if (claimed == null) {
            return false;
        }
        Called<T> called;
        try {
            called = call.apply(claimed);
        } catch (RuntimeException failure) {
            // Not a converted outcome (a bug or an outage between us and the wallet module): nothing proves it was not
            // sent, so it stays in its intent state, which the reconciler treats as unknown once stale.
            log.error("procurement {}: {} did not finish", claimed.id(), intent, failure);
            return false;
        }
        return recorder.record(claimed.id(), intent, outcome.apply(claimed, called));
    }

    /** An intent whose outcome was never recorded (a crash or a stall between phases) is an unknown outcome. */
    private boolean interrupted(Procurement procurement, ProcurementStatus unknown) {
        return recorder.record(
                procurement.id(),
                procurement.status(),
                ProcurementChange.to(unknown, ProcurementRecorder.ACTOR, "interrupted before the answer was recorded")
                        .with(ProcurementChange.Column.CHECKS, 0)
                        .with(ProcurementChange.Column.NEXT_CHECK_AT, recorder.now()));
    }

    private boolean resolve(Procurement procurement) {
        try {
            return recorder.record(procurement.id(), procurement.status(), outcomes.resolution(procurement));
        } catch (HashDamException unavailable) {
            return recorder.record(
                    procurement.id(),
                    procurement.status(),
                    recorder.unknown(
                            procurement.status(),
                            procurement.checks() + 1,
                            "history unavailable: " + unavailable.getMessage()));
        }
    }

    private boolean followUp(Procurement procurement) {
        ProcurementChange change;
        try {
            change = outcomes.followUp(procurement);
        } catch (HashDamException unavailable) {
            change = outcomes.pendingAgain(procurement, "history unavailable: " + unavailable.getMessage());
        }
        return recorder.record(procurement.id(), procurement.status(), change);
    }

    private boolean settleRefusedApproval(Procurement procurement) {
        if (procurement.approvalRequestId() == null) {
            return false;
        }
        ApprovalStatus approval =
                approvals.request(procurement.approvalRequestId()).status();
        if (!NOT_APPROVED.contains(approval)) {
            return false;
        }
        return recorder.record(
                procurement.id(),
                procurement.status(),
                ProcurementChange.to(
                        ProcurementStatus.NOT_APPROVED,
                        ProcurementRecorder.ACTOR,
                        "approval request " + procurement.approvalRequestId() + " " + approval.wireName()));
    }
}
