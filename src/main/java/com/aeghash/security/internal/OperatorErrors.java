package com.aeghash.security.internal;

import com.aeghash.common.ApiException;
import com.aeghash.security.OperatorChangeState;

/** The problems of operator accounts and their changes, each with its stable code. */
final class OperatorErrors {

    private OperatorErrors() {}

    static ApiException unknownOperator(String username) {
        return ApiException.notFound("operator " + username);
    }

    static ApiException unknownChange(long id) {
        return ApiException.notFound("operator change " + id);
    }

    static ApiException taken(String username) {
        return ApiException.conflict("conflict", "operator " + username + " already exists");
    }

    static ApiException gone(String username) {
        return ApiException.conflict("conflict", "operator " + username + " no longer exists: reject the change");
    }

    static ApiException oneself(String what) {
        return ApiException.conflict("conflict", "operators cannot " + what + " themselves");
    }

    static ApiException lastAdministrator() {
        return ApiException.conflict(
                "last_administrator", "this would leave no enabled administrator: enable or confirm another first");
    }

    static ApiException changePending(String username) {
        return ApiException.conflict(
                "operator_change_pending",
                "a change of operator " + username + " awaits a decision: confirm or reject it first");
    }

    static ApiException decided(long id, OperatorChangeState state) {
        return ApiException.conflict(
                "operator_change_decided", "operator change " + id + " is " + state.wireName() + " already");
    }

    static ApiException sameOperator(String maker) {
        return ApiException.conflict(
                "same_operator",
                maker + " asked for this change: another administrator confirms it (break-glass applies only to the"
                        + " only enabled administrator, when switched on)");
    }

    static ApiException alreadyEnabled(String username) {
        return ApiException.conflict("conflict", "operator " + username + " is enabled");
    }
}
