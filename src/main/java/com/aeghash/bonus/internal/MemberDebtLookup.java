package com.aeghash.bonus.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The bonus debts of a closing chunk's members, in one ledger query, and what the chunk recovers of them. Debts
 * change only in closing chunks and refunds, both under the closings' lock, so they cannot change under the chunk.
 */
final class MemberDebtLookup {

    private final Ledger ledger;

    MemberDebtLookup(Ledger ledger) {
        this.ledger = ledger;
    }

    DebtRecovery recoveryFor(ClosingChunk chunk) {
        Map<String, BigDecimal> confirmed = chunk.confirmedByMember();
        if (confirmed.isEmpty()) {
            return DebtRecovery.NONE;
        }
        return DebtRecovery.of(confirmed, ledger.balancesOf(Asset.POINT, Bucket.BONUS_DEBT, confirmed.keySet()));
    }
}
