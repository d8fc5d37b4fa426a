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
import static com.aeghash.withdrawal.internal.WithdrawalStatus.APPROVED;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.AWAITING_APPROVAL;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.AWAITING_SECOND_APPROVAL;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.CANCELLED;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.COMPLETED;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.EXECUTING;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.FAILED;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.OUTCOME_UNKNOWN;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.REJECTED;
import static com.aeghash.withdrawal.internal.WithdrawalStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed transitions: (state, action) → next state; every pair not listed is refused. Vendor results
 * only ever move forward ({@code executing} → {@code unknown} → {@code submitted} → {@code completed} or
 * {@code failed}), so a late or repeated answer can never undo a better one. Final states accept nothing.
 */
final class WithdrawalTransitions {

    private static final Map<WithdrawalStatus, Map<WithdrawalAction, WithdrawalStatus>> TABLE = new EnumMap<>(
            WithdrawalStatus.class);

    static {
        allow(AWAITING_APPROVAL, APPROVE_FIRST_OF_TWO, AWAITING_SECOND_APPROVAL);
        allow(AWAITING_APPROVAL, APPROVE_FINAL, APPROVED);
        allow(AWAITING_APPROVAL, REJECT, REJECTED);
        allow(AWAITING_APPROVAL, CANCEL, CANCELLED);
        allow(AWAITING_SECOND_APPROVAL, APPROVE_FINAL, APPROVED);
        allow(AWAITING_SECOND_APPROVAL, REJECT, REJECTED);
        allow(APPROVED, START_EXECUTION, EXECUTING);
        allow(EXECUTING, RECORD_SUBMITTED, SUBMITTED);
        allow(EXECUTING, RECORD_COMPLETED, COMPLETED);
        allow(EXECUTING, RECORD_FAILED, FAILED);
        allow(EXECUTING, RECORD_UNKNOWN, OUTCOME_UNKNOWN);
        allow(OUTCOME_UNKNOWN, RECORD_SUBMITTED, SUBMITTED);
        allow(OUTCOME_UNKNOWN, RECORD_COMPLETED, COMPLETED);
        allow(OUTCOME_UNKNOWN, RECORD_FAILED, FAILED);
        allow(SUBMITTED, RECORD_COMPLETED, COMPLETED);
        allow(SUBMITTED, RECORD_FAILED, FAILED);
    }

    private WithdrawalTransitions() {
    }

    private static void allow(WithdrawalStatus from, WithdrawalAction action, WithdrawalStatus to) {
        TABLE.computeIfAbsent(from, status -> new EnumMap<>(WithdrawalAction.class)).put(action, to);
    }

    /** The next state, or empty when the action is not allowed in this state. */
    static Optional<WithdrawalStatus> next(WithdrawalStatus from, WithdrawalAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The next state, or a 409 {@code invalid_state} naming the state and the action. */
    static WithdrawalStatus require(WithdrawalStatus from, WithdrawalAction action) {
        return next(from, action).orElseThrow(() -> WithdrawalErrors.invalidState(from, action));
    }
}
