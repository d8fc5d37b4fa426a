package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.HoldEntries;
import com.aeghash.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Money follows the state: a hold when the withdrawal is requested, its release back to the member's
 * available balance on rejected/cancelled/failed, its move to payout clearing on completed. The entries are
 * {@link HoldEntries} of the payout reference, so a repeated posting (here or by an adapter) is a no-op.
 */
@Component
class WithdrawalMoney {

    private final Ledger ledger;

    WithdrawalMoney(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @throws com.aeghash.ledger.InsufficientBalanceException (422) when the available balance is too small */
    void hold(Withdrawal withdrawal) {
        ledger.post(HoldEntries.hold(
                withdrawal.payoutReference(),
                withdrawal.memberId(),
                withdrawal.asset(),
                withdrawal.amount(),
                description(withdrawal, "hold")));
    }

    /** Posts what entering the withdrawal's (new) status means for its hold, if anything. */
    void onEntering(Withdrawal withdrawal) {
        if (withdrawal.status().releasesHold()) {
            ledger.post(HoldEntries.release(
                    withdrawal.payoutReference(),
                    withdrawal.memberId(),
                    withdrawal.asset(),
                    withdrawal.amount(),
                    description(withdrawal, "release")));
        } else if (withdrawal.status().clearsHold()) {
            ledger.post(HoldEntries.clear(
                    withdrawal.payoutReference(),
                    withdrawal.memberId(),
                    withdrawal.asset(),
                    withdrawal.amount(),
                    description(withdrawal, "paid out")));
        }
    }

    private static String description(Withdrawal withdrawal, String what) {
        return "withdrawal " + withdrawal.id() + ": " + what;
    }
}
