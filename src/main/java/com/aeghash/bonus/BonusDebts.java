package com.aeghash.bonus;

import java.math.BigDecimal;
import java.util.List;

/**
 * Bonus debts: what members owe after a refund took back confirmed bonuses their available balance no longer
 * covered (docs/modules/bonus.md, "Refunds after confirmation"). The debt itself is a ledger balance (the member's
 * {@code BONUS_DEBT} POINT bucket); closings recover it from the member's next confirmations.
 */
public interface BonusDebts {

    /** The member's outstanding bonus debt in POINT; zero when none. */
    BigDecimal debtOf(String memberId);

    /** What the closing recovered of its members' debts, over all its chunks; zero when nothing. */
    BigDecimal recoveredIn(long closingId);

    /** How each confirmed entry of the order was taken back, by entry id; empty when nothing was clawed back. */
    List<BonusClawback> clawbacksOfOrder(String orderReference);
}
