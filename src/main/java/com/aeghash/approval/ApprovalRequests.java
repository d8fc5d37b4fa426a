package com.aeghash.approval;

import java.util.List;

/**
 * The platform's one four-eyes mechanism. Every step is audited naming the maker and the checker; a new request
 * raises an alert for the checkers.
 */
public interface ApprovalRequests {

    /**
     * Files a request in the caller's transaction (or one of its own), expiring after
     * {@code aeghash.approval.expiry}.
     *
     * @throws com.aeghash.common.ApiException 409 {@code approval_request_exists} while another request of the kind
     *         and subject awaits approval or executes
     */
    ApprovalRequest submit(NewApprovalRequest request);

    /** Newest first, at most {@code limit} (capped at 200); {@code status} null lists every status. */
    List<ApprovalRequest> list(ApprovalStatus status, int limit);

    /** Those with an id below {@code beforeId}, newest first, at most {@code limit} (capped at 200): a keyset page. */
    List<ApprovalRequest> listBefore(ApprovalStatus status, long beforeId, int limit);

    /**
     * The queue in the order the work is done: requests awaiting approval with an id above {@code afterId}, oldest
     * first, of one {@code kind} (null: every kind), at most {@code limit} (capped at 200): a keyset page.
     */
    List<ApprovalRequest> awaitingAfter(String kind, long afterId, int limit);

    /** The kinds of the requests awaiting approval now, sorted (the queue's filter). */
    List<String> awaitingKinds();

    /** @throws com.aeghash.common.ApiException 404 when there is no such request */
    ApprovalRequest request(long id);

    /**
     * Approves and executes the request (call it with no transaction open). Two checkers at once: one executes,
     * the other gets 409 {@code approval_request_decided}.
     *
     * @return the request {@code executed}, {@code failed} (the action was refused: see its result) or, for an action
     *         calling a vendor that did not finish, {@code executing}
     * @throws com.aeghash.common.ApiException 404; 409 {@code same_approver} for the maker, {@code
     *         approval_request_decided}, {@code approval_request_expired}; 403 {@code checker_role_required}
     */
    ApprovalRequest approve(long id, Checker checker, String note);

    /** As {@link #approve} for the checks; {@code reason} (1-500 characters) is required. */
    ApprovalRequest reject(long id, Checker checker, String reason);

    /**
     * The maker withdraws a request that awaits approval.
     *
     * @throws com.aeghash.common.ApiException 403 {@code not_the_maker}; 409 {@code approval_request_decided},
     *         {@code approval_request_expired}
     */
    ApprovalRequest cancel(long id, String maker, String reason);
}
