package com.aeghash.withdrawal.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WithdrawalOperations} on top of the workflow, for the REST API and the console. Decisions run no
 * transaction here: the workflow opens its own, and the final approval calls the payout gateway after committing.
 */
@Service
class WithdrawalOperationsService implements WithdrawalOperations {

    static final int TEXT_LENGTH_MAX = 1_000;
    private final WithdrawalQueries queries;
    private final WithdrawalWorkflowService workflow;
    private final WithdrawalReconciler reconciler;

    WithdrawalOperationsService(
            WithdrawalQueries queries, WithdrawalWorkflowService workflow, WithdrawalReconciler reconciler) {
        this.queries = queries;
        this.workflow = workflow;
        this.reconciler = reconciler;
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(WithdrawalStatus.values())
                .map(WithdrawalStatus::wireName)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<WithdrawalView> search(String status, Boolean flagged, String memberId, Paging paging) {
        return search(status, flagged, memberId, false, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<WithdrawalView> search(
            String status, Boolean flagged, String memberId, boolean oldestFirst, Paging paging) {
        WithdrawalStatus wanted = statusOf(status);
        String member = memberId == null ? null : MemberIds.require(memberId, "memberId");
        return queries.list(new WithdrawalFilter(wanted, flagged, member, oldestFirst), paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WithdrawalView> searchAfter(
            String status, Boolean flagged, String memberId, boolean oldestFirst, Long afterId, int limit) {
        WithdrawalStatus wanted = statusOf(status);
        String member = memberId == null ? null : MemberIds.require(memberId, "memberId");
        long from = afterId != null ? afterId : oldestFirst ? 0 : Long.MAX_VALUE;
        return queries.listAfter(new WithdrawalFilter(wanted, flagged, member, oldestFirst), from, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int countUpTo(String status, Boolean flagged, int countMax) {
        ResultPage<Withdrawal> page =
                queries.page(new WithdrawalFilter(statusOf(status), flagged, null), Paging.of(0, countMax));
        return page.items().size() + (page.hasMore() ? 1 : 0);
    }

    @Override
    @Transactional(readOnly = true)
    public WithdrawalView details(long id) {
        return queries.detail(id);
    }

    @Override
    public WithdrawalView approve(long id, String approver, Collection<String> authorities, String note) {
        Approver caller = new Approver(approver, ApprovalRole.fromAuthorities(authorities));
        if (caller.roles().isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "approving needs the OPERATIONS or FINANCE role");
        }
        requireLength("note", note);
        return queries.withTrail(workflow.approve(id, caller, note));
    }

    @Override
    public WithdrawalView reject(long id, String operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.validation("reason", "is required");
        }
        requireLength("reason", reason);
        return queries.withTrail(workflow.reject(id, operator, reason));
    }

    @Override
    public WithdrawalView cancel(long id, String actor, String reason) {
        requireLength("reason", reason);
        return queries.withTrail(workflow.cancel(id, actor, reason));
    }

    @Override
    public WithdrawalView reconcile(long id) {
        return queries.withTrail(reconciler.reconcileNow(id));
    }

    private static WithdrawalStatus statusOf(String status) {
        return status == null
                ? null
                : WithdrawalStatus.fromWireName(status)
                        .orElseThrow(() -> ApiException.validation("status", "is not a withdrawal status"));
    }

    private static void requireLength(String field, String text) {
        if (text != null && text.length() > TEXT_LENGTH_MAX) {
            throw ApiException.validation(field, "must be at most " + TEXT_LENGTH_MAX + " characters");
        }
    }
}
