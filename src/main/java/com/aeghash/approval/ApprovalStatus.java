package com.aeghash.approval;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lifecycle of an approval request, keyed by (state, action):
 *
 * <pre>
 * AWAITING_APPROVAL -APPROVE-> EXECUTING -RECORD_EXECUTED-> EXECUTED
 *                                        -RECORD_FAILED->   FAILED
 * AWAITING_APPROVAL -REJECT-> REJECTED | -CANCEL-> CANCELLED | -EXPIRE-> EXPIRED
 * </pre>
 * An action that only writes the database goes through EXECUTING and out of it in the approval's transaction; one
 * that calls a vendor stays EXECUTING (committed) while it runs, so a crash leaves a row the recovery job finds.
 * The glossary keeps "pending" for the ledger bucket: a request waiting for its checker is awaiting approval.
 */
public enum ApprovalStatus implements LifecycleState<ApprovalStatus> {
    AWAITING_APPROVAL("awaiting_approval"),
    EXECUTING("executing"),
    EXECUTED("executed"),
    FAILED("failed"),
    REJECTED("rejected"),
    CANCELLED("cancelled"),
    EXPIRED("expired");

    private static final Lifecycle<ApprovalStatus, ApprovalAction> LIFECYCLE = Lifecycle.of(
                    "approval request", ApprovalStatus.class, ApprovalAction.class)
            .startsIn(AWAITING_APPROVAL)
            .allow(AWAITING_APPROVAL, ApprovalAction.APPROVE, EXECUTING)
            .allow(AWAITING_APPROVAL, ApprovalAction.REJECT, REJECTED)
            .allow(AWAITING_APPROVAL, ApprovalAction.CANCEL, CANCELLED)
            .allow(AWAITING_APPROVAL, ApprovalAction.EXPIRE, EXPIRED)
            .allow(EXECUTING, ApprovalAction.RECORD_EXECUTED, EXECUTED)
            .allow(EXECUTING, ApprovalAction.RECORD_FAILED, FAILED)
            .build();

    @Override
    public Lifecycle<ApprovalStatus, ApprovalAction> lifecycle() {
        return LIFECYCLE;
    }

    private final String wireName;

    ApprovalStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The state {@code action} leads to from this one, or empty when the action is not allowed here. */
    public Optional<ApprovalStatus> next(ApprovalAction action) {
        return LIFECYCLE.next(this, action);
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<ApprovalStatus> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(name))
                .findFirst();
    }
}
