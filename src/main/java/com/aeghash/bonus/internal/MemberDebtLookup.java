package com.aeghash.bonus.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The bonus debts of a closing chunk's members (or of a chunk of its global share's qualifiers), in one ledger query,
 * and what the chunk recovers of them. Debts change only in closing chunks, global-share steps and refunds, all under
 * the closings' lock, so they cannot change under the chunk.
 */
final class MemberDebtLookup {

    private final Ledger ledger;

    MemberDebtLookup(Ledger ledger) {
        this.ledger = ledger;
    }

    DebtRecovery recoveryFor(ClosingChunk chunk) {
        return recoveryFor(chunk.confirmedByMember());
    }

    /** What confirmations of these members, per member their confirmed sum (positive), repay of their debts. */
    DebtRecovery recoveryFor(Map<String, BigDecimal> confirmed) {
        if (confirmed.isEmpty()) {
            return DebtRecovery.NONE;
        }
        return DebtRecovery.of(confirmed, ledger.balancesOf(Asset.POINT, Bucket.BONUS_DEBT, confirmed.keySet()));
    }
}
