package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.withdrawal.PayoutReferences;
import org.springframework.stereotype.Component;

/**
 * Money follows the state: a hold when the withdrawal is requested, its release back to the member's
 * available balance on rejected/cancelled/failed, its move to payout clearing on completed. The references
 * and lines are those of {@link PayoutReferences}, so a repeated posting (here or by an adapter) is a no-op.
 */
@Component
class WithdrawalMoney {

    private final Ledger ledger;

    WithdrawalMoney(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @throws com.aeghash.ledger.InsufficientBalanceException (422) when the available balance is too small */
    void hold(Withdrawal withdrawal) {
        ledger.post(EntryRequest.builder(PayoutReferences.hold(withdrawal.id()), description(withdrawal, "hold"))
                .move(available(withdrawal), held(withdrawal), withdrawal.amount())
                .build());
    }

    /** Posts what entering the withdrawal's (new) status means for its hold, if anything. */
    void onEntering(Withdrawal withdrawal) {
        if (withdrawal.status().releasesHold()) {
            ledger.post(EntryRequest.builder(PayoutReferences.release(withdrawal.id()), description(withdrawal, "release"))
                    .move(held(withdrawal), available(withdrawal), withdrawal.amount())
                    .build());
        } else if (withdrawal.status().clearsHold()) {
            ledger.post(EntryRequest.builder(PayoutReferences.clear(withdrawal.id()), description(withdrawal, "paid out"))
                    .move(held(withdrawal), AccountRef.system(SystemAccount.PAYOUT_CLEARING, withdrawal.asset()),
                            withdrawal.amount())
                    .build());
        }
    }

    private static AccountRef available(Withdrawal withdrawal) {
        return AccountRef.member(withdrawal.memberId(), withdrawal.asset(), Bucket.AVAILABLE);
    }

    private static AccountRef held(Withdrawal withdrawal) {
        return AccountRef.member(withdrawal.memberId(), withdrawal.asset(), Bucket.WITHDRAWAL_HOLD);
    }

    private static String description(Withdrawal withdrawal, String what) {
        return "withdrawal " + withdrawal.id() + ": " + what;
    }
}
