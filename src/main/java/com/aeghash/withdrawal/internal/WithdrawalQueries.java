package com.aeghash.withdrawal.internal;

import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the API: withdrawals with their audit trail, and filtered pages of them. */
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
        return WithdrawalView.of(withdrawal, auditTrail.trailOf(withdrawal.id()));
    }

    public ResultPage<WithdrawalView> list(WithdrawalFilter filter, Paging paging) {
        ResultPage<Withdrawal> page = paging.pageOf(withdrawals.search(filter, paging.offset(), paging.fetchSize()));
        return new ResultPage<>(page.items().stream().map(withdrawal -> WithdrawalView.of(withdrawal, null)).toList(),
                page.page(), page.size(), page.hasMore());
    }
}
