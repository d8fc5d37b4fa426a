package com.aeghash.mining;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Lifecycle of a hash-power procurement. Each vendor call has an intent state committed before the call
 * ({@code *_REQUESTING}, {@code PAYING}); its outcome moves it on, to a failure, or to an {@code *_UNKNOWN} state the
 * reconciler resolves from HashDam's histories (or the wallet's record of the payment), never by calling again.
 *
 * <pre>
 * AWAITING_APPROVAL -> APPROVED | NOT_APPROVED
 * APPROVED -> CHARGE_REQUESTING -> CHARGE_REQUESTED | CHARGE_FAILED | CHARGE_UNKNOWN
 * CHARGE_UNKNOWN -> CHARGE_REQUESTED | CHARGE_FAILED (the late answer of a call the reconciler already took for lost)
 * CHARGE_REQUESTED -> PAYING -> CHARGE_PENDING | PAYMENT_FAILED | PAYMENT_UNKNOWN;  PAYMENT_UNKNOWN -> CHARGE_PENDING | PAYMENT_FAILED
 * CHARGE_PENDING -> CREDITED | CHARGE_FAILED
 * CREDITED -> SWAP_REQUESTING -> SWAP_REQUESTED | SWAP_FAILED | SWAP_UNKNOWN;  SWAP_UNKNOWN -> SWAP_REQUESTED | SWAP_FAILED
 * SWAP_REQUESTED -> COMPLETED | SWAP_FAILED
 * </pre>
 */
public enum ProcurementStatus implements LifecycleState<ProcurementStatus> {
    AWAITING_APPROVAL,
    NOT_APPROVED,
    APPROVED,
    CHARGE_REQUESTING,
    CHARGE_UNKNOWN,
    CHARGE_REQUESTED,
    CHARGE_FAILED,
    PAYING,
    PAYMENT_UNKNOWN,
    PAYMENT_FAILED,
    CHARGE_PENDING,
    CREDITED,
    SWAP_REQUESTING,
    SWAP_UNKNOWN,
    SWAP_REQUESTED,
    SWAP_FAILED,
    COMPLETED;

    private static final Lifecycle<ProcurementStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "mining procurement", ProcurementStatus.class)
            .startsIn(AWAITING_APPROVAL)
            .allow(AWAITING_APPROVAL, APPROVED, NOT_APPROVED)
            .allow(APPROVED, CHARGE_REQUESTING)
            .allow(CHARGE_REQUESTING, CHARGE_REQUESTED, CHARGE_FAILED, CHARGE_UNKNOWN)
            .allow(CHARGE_UNKNOWN, CHARGE_REQUESTED, CHARGE_FAILED)
            .allow(CHARGE_REQUESTED, PAYING)
            .allow(PAYING, CHARGE_PENDING, PAYMENT_FAILED, PAYMENT_UNKNOWN)
            .allow(PAYMENT_UNKNOWN, CHARGE_PENDING, PAYMENT_FAILED)
            .allow(CHARGE_PENDING, CREDITED, CHARGE_FAILED)
            .allow(CREDITED, SWAP_REQUESTING)
            .allow(SWAP_REQUESTING, SWAP_REQUESTED, SWAP_FAILED, SWAP_UNKNOWN)
            .allow(SWAP_UNKNOWN, SWAP_REQUESTED, SWAP_FAILED)
            .allow(SWAP_REQUESTED, COMPLETED, SWAP_FAILED)
            .build();

    @Override
    public Lifecycle<ProcurementStatus, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }

    /** An intent committed before a vendor call: left here by a crash, it is treated as unknown. */
    public boolean isIntent() {
        return this == CHARGE_REQUESTING || this == PAYING || this == SWAP_REQUESTING;
    }

    /**
     * Where a call's outcome may still be recorded: its intent, or the unknown state the reconciler moved it to while
     * the call was out (a late answer). Nowhere else: a late answer must never move a procurement that went on.
     */
    public boolean awaitsOutcomeOf(ProcurementStatus intent) {
        return this == intent
                || (intent == CHARGE_REQUESTING && this == CHARGE_UNKNOWN)
                || (intent == PAYING && this == PAYMENT_UNKNOWN)
                || (intent == SWAP_REQUESTING && this == SWAP_UNKNOWN);
    }

    public boolean isUnknown() {
        return this == CHARGE_UNKNOWN || this == PAYMENT_UNKNOWN || this == SWAP_UNKNOWN;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProcurementStatus> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(name))
                .findFirst();
    }
}
