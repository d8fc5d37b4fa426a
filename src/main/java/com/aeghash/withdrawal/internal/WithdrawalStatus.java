package com.aeghash.withdrawal.internal;

import static com.aeghash.withdrawal.internal.WithdrawalAction.APPROVE_FINAL;
import static com.aeghash.withdrawal.internal.WithdrawalAction.APPROVE_FIRST_OF_TWO;
import static com.aeghash.withdrawal.internal.WithdrawalAction.CANCEL;
import static com.aeghash.withdrawal.internal.WithdrawalAction.RECORD_COMPLETED;
import static com.aeghash.withdrawal.internal.WithdrawalAction.RECORD_FAILED;
import static com.aeghash.withdrawal.internal.WithdrawalAction.RECORD_SUBMITTED;
import static com.aeghash.withdrawal.internal.WithdrawalAction.RECORD_UNKNOWN;
import static com.aeghash.withdrawal.internal.WithdrawalAction.REJECT;
import static com.aeghash.withdrawal.internal.WithdrawalAction.START_EXECUTION;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The life cycle of a withdrawal. Constants are named for what they mean; the wire names (API and
 * database) are those of docs/modules/withdrawal.md. In particular {@code pending} on the wire means "awaiting approval": in code
 * the word stays reserved for the ledger's PENDING bucket.
 *
 * <p>The allowed moves are a (state, action) → next state table; every pair not listed is refused. Vendor
 * results only ever move forward ({@code executing} → {@code unknown} → {@code submitted} → {@code completed}
 * or {@code failed}), so a late or repeated answer can never undo a better one. Final states accept nothing.
 */
enum WithdrawalStatus implements LifecycleState<WithdrawalStatus> {
    AWAITING_APPROVAL("pending"),
    AWAITING_SECOND_APPROVAL("approved_pending"),
    APPROVED("approved"),
    EXECUTING("executing"),
    SUBMITTED("submitted"),
    COMPLETED("completed"),
    REJECTED("rejected"),
    CANCELLED("cancelled"),
    FAILED("failed"),
    OUTCOME_UNKNOWN("unknown");

    private static final Lifecycle<WithdrawalStatus, WithdrawalAction> LIFECYCLE = Lifecycle.of(
                    "withdrawal", WithdrawalStatus.class, WithdrawalAction.class)
            .allow(AWAITING_APPROVAL, APPROVE_FIRST_OF_TWO, AWAITING_SECOND_APPROVAL)
            .allow(AWAITING_APPROVAL, APPROVE_FINAL, APPROVED)
            .allow(AWAITING_APPROVAL, REJECT, REJECTED)
            .allow(AWAITING_APPROVAL, CANCEL, CANCELLED)
            .allow(AWAITING_SECOND_APPROVAL, APPROVE_FINAL, APPROVED)
            .allow(AWAITING_SECOND_APPROVAL, REJECT, REJECTED)
            .allow(APPROVED, START_EXECUTION, EXECUTING)
            .allow(EXECUTING, RECORD_SUBMITTED, SUBMITTED)
            .allow(EXECUTING, RECORD_COMPLETED, COMPLETED)
            .allow(EXECUTING, RECORD_FAILED, FAILED)
            .allow(EXECUTING, RECORD_UNKNOWN, OUTCOME_UNKNOWN)
            .allow(OUTCOME_UNKNOWN, RECORD_SUBMITTED, SUBMITTED)
            .allow(OUTCOME_UNKNOWN, RECORD_COMPLETED, COMPLETED)
            .allow(OUTCOME_UNKNOWN, RECORD_FAILED, FAILED)
            .allow(SUBMITTED, RECORD_COMPLETED, COMPLETED)
            .allow(SUBMITTED, RECORD_FAILED, FAILED)
            .build();

    @Override
    public Lifecycle<WithdrawalStatus, WithdrawalAction> lifecycle() {
        return LIFECYCLE;
    }

    private final String wireName;

    WithdrawalStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The state the action leads to from {@code from}, or empty when the action is not allowed there. */
    static Optional<WithdrawalStatus> next(WithdrawalStatus from, WithdrawalAction action) {
        return LIFECYCLE.next(from, action);
    }

    @JsonValue
    String wireName() {
        return wireName;
    }

    static Optional<WithdrawalStatus> fromWireName(String text) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(text))
                .findFirst();
    }

    /** Money follows the state: entering these returns the hold to the member's available balance. */
    boolean releasesHold() {
        return this == REJECTED || this == CANCELLED || this == FAILED;
    }

    /** Entering this moves the hold to payout clearing: the money has left the platform. */
    boolean clearsHold() {
        return this == COMPLETED;
    }

    /** States in which the vendor is asked again on the reconciliation schedule. */
    boolean awaitsVendor() {
        return this == SUBMITTED || this == OUTCOME_UNKNOWN;
    }
}
