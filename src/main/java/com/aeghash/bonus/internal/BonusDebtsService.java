package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusDebts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BonusDebts}: the debt is the member's ledger {@code BONUS_DEBT} bucket; the rest are the bonus tables. */
@Service
@Transactional(readOnly = true)
class BonusDebtsService implements BonusDebts {

    private final Ledger ledger;
    private final ClawbackRepository clawbacks;

    BonusDebtsService(Ledger ledger, ClawbackRepository clawbacks) {
        this.ledger = ledger;
        this.clawbacks = clawbacks;
    }

    @Override
    public BigDecimal debtOf(String memberId) {
        return ledger.balancesOf(Asset.POINT, Bucket.BONUS_DEBT, List.of(memberId))
                .getOrDefault(memberId, BigDecimal.ZERO);
    }

    @Override
    public BigDecimal recoveredIn(long closingId) {
        return clawbacks.recoveredIn(closingId);
    }

    @Override
    public List<BonusClawback> clawbacksOfOrder(String orderReference) {
        return clawbacks.clawbacksOfOrder(orderReference);
    }
}
