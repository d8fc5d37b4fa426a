package com.aeghash.wallet;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lifecycle of a wallet transaction, with the transitions each kind allows. Every write goes through
 * {@link #canMove}; the reconciler, the transit callback and operators may only move a row along this table.
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

    private static final Map<WalletTransactionKind, Map<WalletTransactionStatus, Set<WalletTransactionStatus>>>
            ALLOWED = Map.of(WalletTransactionKind.TRANSFER, transferTransitions(),
                    WalletTransactionKind.TRANSIT, transitTransitions());

    private final String code;

    WalletTransactionStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<WalletTransactionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    /** True when a transaction of the kind may move from this status to {@code next}. */
    public boolean canMove(WalletTransactionKind kind, WalletTransactionStatus next) {
        return ALLOWED.get(kind).getOrDefault(this, Set.of()).contains(next);
    }

    /** True when the kind ever uses this status (a row read back with another one is corrupt). */
    public boolean belongsTo(WalletTransactionKind kind) {
        return this == SUBMITTING || ALLOWED.get(kind).values().stream().anyMatch(targets -> targets.contains(this));
    }

    public boolean isFinal() {
        return this == SUBMITTED || this == CONFIRMED || this == FAILED;
    }

    private static Map<WalletTransactionStatus, Set<WalletTransactionStatus>> transferTransitions() {
        Map<WalletTransactionStatus, Set<WalletTransactionStatus>> table = new EnumMap<>(WalletTransactionStatus.class);
        table.put(SUBMITTING, EnumSet.of(SUBMITTED, FAILED, UNKNOWN));
        table.put(UNKNOWN, EnumSet.of(SUBMITTED, FAILED));
        return table;
    }

    private static Map<WalletTransactionStatus, Set<WalletTransactionStatus>> transitTransitions() {
        Map<WalletTransactionStatus, Set<WalletTransactionStatus>> table = new EnumMap<>(WalletTransactionStatus.class);
        table.put(SUBMITTING, EnumSet.of(PENDING_TRANSIT, CONFIRMED, FAILED, UNKNOWN));
        table.put(PENDING_TRANSIT, EnumSet.of(CONFIRMED, FAILED, UNKNOWN));
        table.put(UNKNOWN, EnumSet.of(CONFIRMED, FAILED));
        return table;
    }
}
