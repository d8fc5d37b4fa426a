package com.aeghash.wallet;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.Lifecycle.NoAction;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lifecycle of a wallet transaction: one {@link Lifecycle} table per kind. Every write goes through
 * {@link #moveTo}; the reconciler, the transit callback and operators may only move a row along this table.
 *
 * <pre>
 * TRANSFER: SUBMITTING -> SUBMITTED | FAILED | UNKNOWN;  UNKNOWN -> SUBMITTED | FAILED
 * TRANSIT:  SUBMITTING -> PENDING_TRANSIT | CONFIRMED | FAILED | UNKNOWN
 *           PENDING_TRANSIT -> CONFIRMED | FAILED | UNKNOWN;  UNKNOWN -> CONFIRMED | FAILED
 * </pre>
 * A transit may jump from SUBMITTING to CONFIRMED or FAILED because the vendor's callback can arrive
 * before we have recorded the token its synchronous answer carried.
 */
public enum WalletTransactionStatus {
    /** Recorded and committed before the vendor call: the call may be in flight. */
    SUBMITTING("submitting"),
    /** The vendor executed the transfer and returned its txid (MBlock waits for the receipt). */
    SUBMITTED("submitted"),
    /** The vendor accepted the transit and returned its token; its callback is awaited. */
    PENDING_TRANSIT("pending-transit"),
    /** The transit callback reported success (with {@code txidToken}, and {@code txidFee} when gas was sent). */
    CONFIRMED("confirmed"),
    /** Proved not executed (or reported failed by the vendor or decided failed by an operator). */
    FAILED("failed"),
    /** The outcome is not known: checked by the reconciler, then decided by an operator. */
    UNKNOWN("unknown");

    private static final Lifecycle<WalletTransactionStatus, NoAction> TRANSFER_LIFECYCLE = Lifecycle.of(
                    "wallet transfer", WalletTransactionStatus.class)
            .startsIn(SUBMITTING)
            .allow(SUBMITTING, SUBMITTED, FAILED, UNKNOWN)
            .allow(UNKNOWN, SUBMITTED, FAILED)
            .build();
    private static final Lifecycle<WalletTransactionStatus, NoAction> TRANSIT_LIFECYCLE = Lifecycle.of(
                    "wallet transit", WalletTransactionStatus.class)
            .startsIn(SUBMITTING)
            .allow(SUBMITTING, PENDING_TRANSIT, CONFIRMED, FAILED, UNKNOWN)
            .allow(PENDING_TRANSIT, CONFIRMED, FAILED, UNKNOWN)
            .allow(UNKNOWN, CONFIRMED, FAILED)
            .build();

    private final String code;

    WalletTransactionStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<WalletTransactionStatus> fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst();
    }

    /** True when a transaction of the kind may move from this status to {@code next}. */
    public boolean canMoveTo(WalletTransactionKind kind, WalletTransactionStatus next) {
        return lifecycleOf(kind).canMove(this, next);
    }

    /** Returns {@code next}; a move outside the kind's table is a bug ({@link IllegalStateException}). */
    public WalletTransactionStatus moveTo(WalletTransactionKind kind, WalletTransactionStatus next) {
        return lifecycleOf(kind).requireMove(this, next);
    }

    /** True when the kind ever uses this status (a row read back with another one is corrupt). */
    public boolean belongsTo(WalletTransactionKind kind) {
        return lifecycleOf(kind).isReachable(this);
    }

    /** True when nothing leads out of this status for any kind that uses it. */
    public boolean isFinal() {
        return Arrays.stream(WalletTransactionKind.values())
                .filter(this::belongsTo)
                .allMatch(kind -> lifecycleOf(kind).isFinal(this));
    }

    private static Lifecycle<WalletTransactionStatus, NoAction> lifecycleOf(WalletTransactionKind kind) {
        return kind == WalletTransactionKind.TRANSFER ? TRANSFER_LIFECYCLE : TRANSIT_LIFECYCLE;
    }
}
