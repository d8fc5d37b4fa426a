package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.risk.WithdrawnAmounts;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Tells the risk module's velocity rule what members withdrew, from the withdrawal requests. */
@Component
class WithdrawnAmountsService implements WithdrawnAmounts {

    private final WithdrawalRepository withdrawals;

    WithdrawnAmountsService(WithdrawalRepository withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public BigDecimal requestedSince(String memberId, Asset asset, Instant since) {
        return withdrawals.amountRequestedSince(memberId, asset, since);
    }
}
