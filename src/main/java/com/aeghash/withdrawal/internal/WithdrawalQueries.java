package com.aeghash.withdrawal.internal;

import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.withdrawal.WithdrawalView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of withdrawals as {@link WithdrawalView}: one with its audit trail, and filtered pages of them. */
@Component
@Transactional(readOnly = true)
class WithdrawalQueries {

    private final WithdrawalRepository withdrawals;
    private final WithdrawalAuditRepository auditTrail;

    WithdrawalQueries(WithdrawalRepository withdrawals, WithdrawalAuditRepository auditTrail) {
        this.withdrawals = withdrawals;
        this.auditTrail = auditTrail;
    }

    public WithdrawalView detail(long id) {
        return withTrail(withdrawals.find(id).orElseThrow(() -> WithdrawalErrors.notFound(id)));
    }

    public WithdrawalView withTrail(Withdrawal withdrawal) {
        List<WithdrawalAuditEntry> trail = auditTrail.trailOf(withdrawal.id());
        return viewOf(withdrawal, trail.stream().map(WithdrawalQueries::lineOf).toList(), riskFindingsOf(trail));
    }

    /** Without audit trails; a flagged withdrawal's trail is read for its risk findings. */
    public ResultPage<WithdrawalView> list(WithdrawalFilter filter, Paging paging) {
        return page(filter, paging).map(this::withoutTrail);
    }

    private WithdrawalView withoutTrail(Withdrawal withdrawal) {
        return viewOf(
                withdrawal,
                null,
                withdrawal.flagged() ? riskFindingsOf(auditTrail.trailOf(withdrawal.id())) : List.of());
    }

    /** A keyset page ({@link WithdrawalRepository#searchAfter}), as {@link #list} shows it. */
    public List<WithdrawalView> listAfter(WithdrawalFilter filter, long fromId, int limit) {
        return withdrawals.searchAfter(filter, fromId, limit).stream()
                .map(this::withoutTrail)
                .toList();
    }

    public ResultPage<Withdrawal> page(WithdrawalFilter filter, Paging paging) {
        return paging.pageOf(withdrawals.search(filter, paging.offset(), paging.fetchSize()));
    }

    private static WithdrawalView viewOf(
            Withdrawal withdrawal, List<WithdrawalView.AuditLine> trail, List<String> riskFindings) {
        WithdrawalRequest request = withdrawal.request();
        ReconciliationState reconciliation = withdrawal.reconciliation();
        return new WithdrawalView(
                withdrawal.id(),
                withdrawal.payoutReference(),
                request.memberId(),
                request.asset(),
                request.amount(),
                request.destination(),
                request.ipAddress(),
                request.deviceId(),
                request.geo(),
                withdrawal.status().wireName(),
                withdrawal.flagged(),
                withdrawal.requestedBy(),
                withdrawal.approvals().firstApprover(),
                withdrawal.approvals().finalApprover(),
                withdrawal.decidedBy(),
                withdrawal.statusReason(),
                withdrawal.vendorReference(),
                reconciliation.attempts(),
                reconciliation.nextAttemptAt(),
                reconciliation.needsOperator(),
                withdrawal.createdAt(),
                withdrawal.updatedAt(),
                trail,
                riskFindings);
    }

    private static WithdrawalView.AuditLine lineOf(WithdrawalAuditEntry entry) {
        return new WithdrawalView.AuditLine(
                entry.id(),
                entry.withdrawalId(),
                entry.action().wireName(),
                entry.actor(),
                entry.statusAfter().wireName(),
                entry.amount(),
                entry.notes(),
                entry.metadata(),
                entry.occurredAt());
    }

    /** The findings the {@code flagged} entry recorded per rule ({@code rule: severity: message}). */
    private static List<String> riskFindingsOf(List<WithdrawalAuditEntry> trail) {
        return trail.stream()
                .filter(entry -> entry.action() == WithdrawalAuditAction.FLAGGED)
                .flatMap(entry -> entry.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey()))
                .map(finding -> finding.getKey() + ": " + finding.getValue())
                .toList();
    }
}
