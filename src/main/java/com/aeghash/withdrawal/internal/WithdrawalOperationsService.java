package com.aeghash.withdrawal.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.withdrawal.WithdrawalDetails;
import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalSummary;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WithdrawalOperations} on top of the workflow the HTTP API uses. Decisions run no transaction here:
 * the workflow opens its own, and the final approval calls the payout gateway after committing.
 */
@Service
class WithdrawalOperationsService implements WithdrawalOperations {

    static final int TEXT_LENGTH_MAX = 1_000;
    private final WithdrawalQueries queries;
    private final WithdrawalAuditRepository auditTrail;
    private final WithdrawalWorkflowService workflow;
    private final WithdrawalReconciler reconciler;

    WithdrawalOperationsService(WithdrawalQueries queries, WithdrawalAuditRepository auditTrail,
            WithdrawalWorkflowService workflow, WithdrawalReconciler reconciler) {
        this.queries = queries;
        this.auditTrail = auditTrail;
        this.workflow = workflow;
        this.reconciler = reconciler;
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(WithdrawalStatus.values()).map(WithdrawalStatus::wireName).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<WithdrawalSummary> search(String status, Boolean flagged, String memberId, Paging paging) {
        String member = memberId == null ? null : MemberIds.require(memberId, "memberId");
        ResultPage<WithdrawalView> page = queries.list(new WithdrawalFilter(statusOf(status), flagged, member), paging);
        List<WithdrawalSummary> items = page.items().stream()
                .map(view -> summaryOf(view, view.flagged() ? auditTrail.trailOf(view.id()) : List.of()))
                .toList();
        return new ResultPage<>(items, page.page(), page.size(), page.hasMore());
    }

    @Override
    @Transactional(readOnly = true)
    public int countUpTo(String status, Boolean flagged, int countMax) {
        Paging firstPage = Paging.of(0, countMax);
        ResultPage<WithdrawalView> page = queries.list(new WithdrawalFilter(statusOf(status), flagged, null), firstPage);
        return page.items().size() + (page.hasMore() ? 1 : 0);
    }

    @Override
    @Transactional(readOnly = true)
    public WithdrawalDetails details(long id) {
        return detailsOf(queries.detail(id));
    }

    @Override
    public WithdrawalDetails approve(long id, String approver, Collection<String> authorities, String note) {
        Approver caller = new Approver(approver, ApprovalRole.fromAuthorities(authorities));
        if (caller.roles().isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "approving needs the OPERATIONS or FINANCE role");
        }
        requireLength("note", note);
        return detailsOf(queries.withTrail(workflow.approve(id, caller, note)));
    }

    @Override
    public WithdrawalDetails reject(long id, String operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.validation("reason", "is required");
        }
        requireLength("reason", reason);
        return detailsOf(queries.withTrail(workflow.reject(id, operator, reason)));
    }

    @Override
    public WithdrawalDetails reconcile(long id) {
        return detailsOf(queries.withTrail(reconciler.reconcileNow(id)));
    }

    private static WithdrawalStatus statusOf(String status) {
        return status == null ? null : WithdrawalStatus.fromWireName(status)
                .orElseThrow(() -> ApiException.validation("status", "is not a withdrawal status"));
    }

    private static WithdrawalDetails detailsOf(WithdrawalView view) {
        List<WithdrawalAuditEntry> trail = view.auditTrail();
        return new WithdrawalDetails(summaryOf(view, trail), trail.stream().map(WithdrawalOperationsService::lineOf)
                .toList());
    }

    private static WithdrawalSummary summaryOf(WithdrawalView view, List<WithdrawalAuditEntry> trail) {
        return new WithdrawalSummary(view.id(), view.payoutReference(), view.memberId(), view.asset(), view.amount(),
                view.destination(), view.ipAddress(), view.deviceId(), view.geo(), view.status().wireName(),
                view.flagged(), riskFindingsOf(trail), view.requestedBy(), view.firstApprover(), view.finalApprover(),
                view.decidedBy(), view.statusReason(), view.vendorReference(), view.reconcileAttempts(),
                view.nextReconcileAt(), view.needsOperator(), view.createdAt(), view.updatedAt());
    }

    /** The findings the {@code flagged} entry recorded per rule ({@code rule: severity: message}). */
    private static List<String> riskFindingsOf(List<WithdrawalAuditEntry> trail) {
        return trail.stream()
                .filter(entry -> entry.action() == WithdrawalAuditAction.FLAGGED)
                .flatMap(entry -> entry.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey()))
                .map(finding -> finding.getKey() + ": " + finding.getValue())
                .toList();
    }

    private static WithdrawalDetails.AuditLine lineOf(WithdrawalAuditEntry entry) {
        return new WithdrawalDetails.AuditLine(entry.action().wireName(), entry.actor(), entry.statusAfter().wireName(),
                entry.amount(), entry.notes(), entry.metadata(), entry.occurredAt());
    }

    private static void requireLength(String field, String text) {
        if (text != null && text.length() > TEXT_LENGTH_MAX) {
            throw ApiException.validation(field, "must be at most " + TEXT_LENGTH_MAX + " characters");
        }
    }
}
