package com.aeghash.withdrawal.internal.payout;

import com.aeghash.common.ApiException;

/** How a failed payout call is described in the withdrawal's status reason. */
final class CallFailures {

    private CallFailures() {}

    /** The problem code and message of a refusal, else only the exception's type. */
    static String reasonOf(RuntimeException failure) {
        return failure instanceof ApiException refused
                ? refused.code() + ": " + refused.getMessage()
                : failure.getClass().getSimpleName();
    }
}
