package com.aeghash.mining.internal.procurement;

import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CHARGE_ID;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CHECKS;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.COIN;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CREDIT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.DEPOSIT_ADDRESS;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.FAILURE_REASON;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.NEXT_CHECK_AT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PAYMENT_AMOUNT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PAYMENT_TXID;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.POWER;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PRICE;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.SWAP_ID;

import com.aeghash.common.VendorOutcome;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.hashdam.HashCreditCharge;
import com.aeghash.mining.internal.hashdam.HashCreditChargeEntry;
import com.aeghash.mining.internal.hashdam.HashPowerSwap;
import com.aeghash.mining.internal.hashdam.HashPowerSwapEntry;
import com.aeghash.wallet.WalletTransaction;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What each vendor answer means for a procurement, as the change to record: the verdicts of the three calls, the
 * resolution of an unknown outcome from the histories (or the wallet's record of the payment), and the follow-up of a
 * pending charge or swap in HashDam's history ({@code completed}, {@code failed}/{@code canceled}, else pending).
 */
final class ProcurementOutcomes {

    private static final String ACTOR = ProcurementRecorder.ACTOR;

    private final ProcurementVendor vendor;
    private final ProcurementRecorder recorder;
    private final ChargeCeiling ceiling;

    ProcurementOutcomes(ProcurementVendor vendor, ProcurementRecorder recorder, ChargeCeiling ceiling) {
        this.vendor = vendor;
        this.recorder = recorder;
        this.ceiling = ceiling;
    }

    ProcurementChange ofCharge(Procurement procurement, Called<HashCreditCharge> called) {
        return switch (called.outcome()) {
            case SUCCEEDED ->
                charged(
                        procurement,
                        called.answer().chargeId(),
                        called.answer().address(),
                        called.answer().amount(),
                        called.answer().price(),
                        called.answer().coin(),
                        "HashDam answered");
            case FAILED_DEFINITE -> failed(ProcurementStatus.CHARGE_FAILED, called.reason());
            case UNKNOWN -> recorder.unknown(ProcurementStatus.CHARGE_UNKNOWN, 0, called.reason());
        };
    }

    ProcurementChange ofPayment(Procurement procurement, Called<WalletTransaction> called) {
        return switch (called.outcome()) {
            case SUCCEEDED -> paid(called.answer().txid(), "MBlock executed the transfer");
            case FAILED_DEFINITE -> failed(ProcurementStatus.PAYMENT_FAILED, called.reason());
            case UNKNOWN -> recorder.unknown(ProcurementStatus.PAYMENT_UNKNOWN, 0, called.reason());
        };
    }

    ProcurementChange ofSwap(Procurement procurement, Called<HashPowerSwap> called) {
        return switch (called.outcome()) {
            case SUCCEEDED -> swapped(called.answer().swapId(), "HashDam answered");
            case FAILED_DEFINITE -> failed(ProcurementStatus.SWAP_FAILED, called.reason());
            case UNKNOWN -> recorder.unknown(ProcurementStatus.SWAP_UNKNOWN, 0, called.reason());
        };
    }

    /** The change an unknown outcome comes to after one more look-up (the reconciler's, never a call again). */
    ProcurementChange resolution(Procurement procurement) {
        int checks = procurement.checks() + 1;
        return switch (procurement.status()) {
            case CHARGE_UNKNOWN ->
                vendor.searchCharge(procurement, procurement.phaseStartedAt(), recorder.now())
                        .map(entry -> charged(
                                procurement,
                                entry.chargeId(),
                                entry.to(),
                                entry.amount(),
                                entry.price(),
                                entry.coin(),
                                "found in HashDam's charge history"))
                        .orElseGet(() -> recorder.unknown(
                                ProcurementStatus.CHARGE_UNKNOWN,
                                checks,
                                "no matching charge in HashDam's history yet"));
            case SWAP_UNKNOWN ->
                vendor.searchSwap(procurement, procurement.phaseStartedAt(), recorder.now())
                        .map(entry -> swapped(entry.swapId(), "found in HashDam's swap history"))
                        .orElseGet(() -> recorder.unknown(
                                ProcurementStatus.SWAP_UNKNOWN, checks, "no matching swap in HashDam's history yet"));
            case PAYMENT_UNKNOWN -> paymentResolution(procurement, checks);
            default -> throw new IllegalStateException("procurement " + procurement.id() + " is not unknown");
        };
    }

    /** The wallet's record decides; while it cannot, a charge HashDam shows credited proves the payment arrived. */
    private ProcurementChange paymentResolution(Procurement procurement, int checks) {
        Called<WalletTransaction> payment = vendor.paymentNow(procurement);
        if (payment.outcome() != VendorOutcome.UNKNOWN) {
            return ofPayment(procurement, payment);
        }
        Optional<HashCreditChargeEntry> charge = vendor.chargeEntry(procurement.chargeId());
        if (charge.isPresent() && "completed".equalsIgnoreCase(charge.get().status())) {
            return paid(null, "HashDam's charge history shows the charge credited: the payment arrived");
        }
        return recorder.unknown(ProcurementStatus.PAYMENT_UNKNOWN, checks, payment.reason());
    }

    ProcurementChange followUp(Procurement procurement) {
        return procurement.status() == ProcurementStatus.CHARGE_PENDING
                ? followCharge(procurement)
                : followSwap(procurement);
    }

    private ProcurementChange followCharge(Procurement procurement) {
        Optional<HashCreditChargeEntry> entry = vendor.chargeEntry(procurement.chargeId());
        if (entry.isEmpty()) {
            return pendingAgain(procurement, "charge " + procurement.chargeId() + " is not in HashDam's history");
        }
        String status = entry.get().status();
        BigDecimal credit = entry.get().credit();
        if ("completed".equalsIgnoreCase(status) && credit != null && credit.signum() > 0) {
            return ProcurementChange.to(ProcurementStatus.CREDITED, ACTOR, "HashDam credited " + credit.toPlainString())
                    .with(CREDIT, credit)
                    .with(NEXT_CHECK_AT, null);
        }
        if (isFailure(status)) {
            return failed(ProcurementStatus.CHARGE_FAILED, "HashDam's charge history says " + status);
        }
        return pendingAgain(procurement, "charge " + status);
    }

    private ProcurementChange followSwap(Procurement procurement) {
        Optional<HashPowerSwapEntry> entry = vendor.swapEntry(procurement.swapId());
        if (entry.isEmpty()) {
            return pendingAgain(procurement, "swap " + procurement.swapId() + " is not in HashDam's history");
        }
        String status = entry.get().status();
        BigDecimal power = entry.get().power();
        if ("completed".equalsIgnoreCase(status) && power != null && power.signum() > 0) {
            return ProcurementChange.to(
                            ProcurementStatus.COMPLETED, ACTOR, "HashDam set " + power.toPlainString() + " MH/s")
                    .with(POWER, power)
                    .with(NEXT_CHECK_AT, null);
        }
        if (isFailure(status)) {
            return failed(ProcurementStatus.SWAP_FAILED, "HashDam's swap history says " + status);
        }
        return pendingAgain(procurement, "swap " + status);
    }

    /**
     * Still pending at HashDam: looked up again after {@code follow-up-interval}. Once pending longer than
     * {@code pending-alert-after}, {@code checks} becomes 1 (the recorder raises the alert on that move, once).
     */
    ProcurementChange pendingAgain(Procurement procurement, String note) {
        ProcurementChange change = ProcurementChange.to(procurement.status(), ACTOR, note)
                .with(NEXT_CHECK_AT, recorder.now().plus(recorder.followUpInterval()));
        return recorder.pendingTooLong(procurement) ? change.with(CHECKS, 1) : change;
    }

    private ProcurementChange charged(
            Procurement procurement,
            String chargeId,
            String address,
            BigDecimal amount,
            BigDecimal price,
            String coin,
            String how) {
        Optional<String> refusal = ceiling.refusal(procurement.creditAmount(), amount, coin);
        if (refusal.isPresent()) {
            return failed(ProcurementStatus.CHARGE_FAILED, how + ": charge " + chargeId + " not paid: " + refusal.get())
                    .with(CHARGE_ID, chargeId);
        }
        return ProcurementChange.to(
                        ProcurementStatus.CHARGE_REQUESTED,
                        ACTOR,
                        how + ": charge " + chargeId + ", pay " + amount.toPlainString() + " " + coin + " to "
                                + address)
                .with(CHARGE_ID, chargeId)
                .with(DEPOSIT_ADDRESS, address)
                .with(PAYMENT_AMOUNT, amount)
                .with(PRICE, price)
                .with(COIN, coin)
                .with(CHECKS, 0)
                .with(NEXT_CHECK_AT, null)
                .with(FAILURE_REASON, null);
    }

    private ProcurementChange paid(String txid, String how) {
        return ProcurementChange.to(ProcurementStatus.CHARGE_PENDING, ACTOR, how + (txid == null ? "" : ": " + txid))
                .with(PAYMENT_TXID, txid)
                .with(CHECKS, 0)
                .with(NEXT_CHECK_AT, null)
                .with(FAILURE_REASON, null);
    }

    private ProcurementChange swapped(String swapId, String how) {
        return ProcurementChange.to(ProcurementStatus.SWAP_REQUESTED, ACTOR, how + ": swap " + swapId)
                .with(SWAP_ID, swapId)
                .with(CHECKS, 0)
                .with(NEXT_CHECK_AT, null)
                .with(FAILURE_REASON, null);
    }

    private static ProcurementChange failed(ProcurementStatus status, String reason) {
        return ProcurementChange.to(status, ACTOR, reason)
                .with(FAILURE_REASON, reason)
                .with(NEXT_CHECK_AT, null);
    }

    private static boolean isFailure(String status) {
        return "failed".equalsIgnoreCase(status) || "canceled".equalsIgnoreCase(status);
    }
}
