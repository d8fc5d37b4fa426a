package com.aeghash.withdrawal.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The life cycle of a withdrawal. Constants are named for what they mean; the wire names (API and
 * database) are the issue's. In particular {@code pending} on the wire means "awaiting approval": in code
 * the word stays reserved for the ledger's PENDING bucket.
 */
enum WithdrawalStatus {
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

    private final String wireName;

    WithdrawalStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    String wireName() {
        return wireName;
    }

    static Optional<WithdrawalStatus> fromWireName(String text) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(text)).findFirst();
    }

    boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED || this == FAILED;
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
