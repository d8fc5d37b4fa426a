package com.aeghash.withdrawal;

import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import java.util.Collection;
import java.util.List;

/**
 * Operators' work on withdrawals (the ops console's approval queue): filtered pages, one withdrawal with its
 * audit trail, and the decisions. Which operator may call what is the web layer's check; the workflow's own
 * rules (two different approvers, a note on flagged withdrawals, allowed states, an approval role) hold here.
 */
public interface WithdrawalOperations {

    /** The wire names of the statuses in life-cycle order ({@code pending}, {@code approved_pending}, ...). */
    List<String> statuses();

    /**
     * Newest first; every filter may be null. Flagged withdrawals carry their risk findings (one more read each).
     *
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for an unknown status or a malformed
     *                                         member id
     */
    ResultPage<WithdrawalSummary> search(String status, Boolean flagged, String memberId, Paging paging);

    /**
     * Counts the matching withdrawals without reading them all: the answer is at most {@code countMax + 1}, which
     * means "more than {@code countMax}".
     *
     * @param countMax 1-100
     */
    int countUpTo(String status, Boolean flagged, int countMax);

    /** @throws com.aeghash.common.ApiException 404 when there is no such withdrawal */
    WithdrawalDetails details(long id);

    /**
     * The first or the final approval; the final one executes the payout before returning.
     *
     * @param authorities the approver's granted authorities ({@code ROLE_OPERATIONS}, {@code ROLE_FINANCE}, ...)
     * @throws com.aeghash.common.ApiException 403 {@code forbidden} without an approval role; 409
     *         {@code same_approver}, {@code invalid_approver}, {@code distinct_roles_required}, {@code invalid_state};
     *         422 {@code note_required}; 400 for a note over 1,000 characters
     */
    WithdrawalDetails approve(long id, String approver, Collection<String> authorities, String note);

    /** @throws com.aeghash.common.ApiException 400 without a reason (1-1,000 characters); 409 {@code invalid_state} */
    WithdrawalDetails reject(long id, String operator, String reason);

    /**
     * Asks the payout vendor now about an {@code unknown}, {@code submitted} or stale {@code executing} withdrawal.
     *
     * @throws com.aeghash.common.ApiException 409 {@code invalid_state} when there is nothing to reconcile
     */
    WithdrawalDetails reconcile(long id);
}
