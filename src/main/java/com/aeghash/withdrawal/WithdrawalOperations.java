package com.aeghash.withdrawal;

import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import java.util.Collection;
import java.util.List;

/**
 * The work done on withdrawals, for the REST API and the ops console alike (both show {@link WithdrawalView}):
 * filtered pages, one withdrawal with its audit trail, and the decisions. Which operator may call what is the
 * web layer's check; the workflow's own rules (two different approvers, a note on flagged withdrawals, allowed
 * states, an approval role) hold here. New withdrawals are requested through the REST API only.
 */
public interface WithdrawalOperations {

    /** The wire names of the statuses in life-cycle order ({@code pending}, {@code approved_pending}, ...). */
    List<String> statuses();

    /**
     * Newest first, without audit trails; every filter may be null. Flagged withdrawals carry their risk findings
     * (one more read each).
     *
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for an unknown status or a malformed
     *                                         member id
     */
    ResultPage<WithdrawalView> search(String status, Boolean flagged, String memberId, Paging paging);

    /**
     * As {@link #search(String, Boolean, String, Paging)}, oldest first when {@code oldestFirst} (the order an
     * approval queue is worked through).
     */
    ResultPage<WithdrawalView> search(
            String status, Boolean flagged, String memberId, boolean oldestFirst, Paging paging);

    /**
     * A keyset page of the matching withdrawals (the console's approval queue): at most {@code limit} (capped at
     * 1,000) after the withdrawal {@code afterId} (exclusive; null: from the start) in id order, ascending when
     * {@code oldestFirst}, else descending. Stable under inserts: a new withdrawal never shifts a page. Filters as
     * {@link #search(String, Boolean, String, Paging)}.
     *
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for an unknown status or a malformed
     *                                         member id
     */
    List<WithdrawalView> searchAfter(
            String status, Boolean flagged, String memberId, boolean oldestFirst, Long afterId, int limit);

    /**
     * Counts the matching withdrawals without reading them all: the count is at most {@code countMax + 1}, which
     * means "more than {@code countMax}".
     *
     * @param countMax 1-100
     */
    int countUpTo(String status, Boolean flagged, int countMax);

    /** @throws com.aeghash.common.ApiException 404 when there is no such withdrawal */
    WithdrawalView details(long id);

    /**
     * The first or the final approval; the final one executes the payout before returning.
     *
     * @param authorities the approver's granted authorities ({@code ROLE_OPERATIONS}, {@code ROLE_FINANCE}, ...)
     * @throws com.aeghash.common.ApiException 403 {@code forbidden} without an approval role; 409
     *         {@code same_approver}, {@code invalid_approver}, {@code distinct_roles_required}, {@code invalid_state};
     *         422 {@code note_required}; 400 for a note over 1,000 characters
     */
    WithdrawalView approve(long id, String approver, Collection<String> authorities, String note);

    /** @throws com.aeghash.common.ApiException 400 without a reason (1-1,000 characters); 409 {@code invalid_state} */
    WithdrawalView reject(long id, String operator, String reason);

    /**
     * The member's cancellation (through the member app), allowed only before any approval.
     *
     * @throws com.aeghash.common.ApiException 400 for a reason over 1,000 characters; 409 {@code invalid_state}
     */
    WithdrawalView cancel(long id, String actor, String reason);

    /**
     * Asks the payout vendor now about an {@code unknown}, {@code submitted} or stale {@code executing} withdrawal.
     *
     * @throws com.aeghash.common.ApiException 409 {@code invalid_state} when there is nothing to reconcile
     */
    WithdrawalView reconcile(long id);
}
