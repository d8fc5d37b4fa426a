package com.aeghash.withdrawal.internal.payout;

import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.Wallets;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import com.aeghash.withdrawal.PayoutSettlements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How a POINT payout completes: the wallet module announces every transfer that reached its final state, at once
 * (MBlock answered a txid), through its reconciler (a receipt matched) or by an operator's decision. Only the
 * treasury's transfers are payouts. Delivered after the wallet transaction commits, through the event publication
 * registry; recording is idempotent. Not tied to the POINT switch: payouts in flight when it is turned off still
 * settle.
 */
@Component
class TreasuryTransferSettlements {

    private static final Logger log = LoggerFactory.getLogger(TreasuryTransferSettlements.class);
    private final PayoutSettlements settlements;
    private final Wallets wallets;

    TreasuryTransferSettlements(PayoutSettlements settlements, Wallets wallets) {
        this.settlements = settlements;
        this.wallets = wallets;
    }

    @ApplicationModuleListener
    void on(WalletTransferSettled event) {
        if (!TreasuryWallet.LABEL.equals(event.source())) {
            return;
        }
        if (PayoutReferences.withdrawalIdOf(event.reference()).isEmpty()) {
            log.warn(
                    "treasury transfer {} ({}) is not a payout of the withdrawal workflow",
                    event.transactionId(),
                    event.reference());
            return;
        }
        PayoutOutcome outcome = event.outcome() == Settlement.SUCCEEDED
                ? PayoutOutcome.completed(event.txid())
                : PayoutOutcome.failedDefinite(
                        WalletPayoutOutcomeConverter.failureOf(wallets.transaction(event.transactionId())));
        settlements.onPayoutSettled(event.reference(), outcome.decidedBy(event.decision()));
    }
}
