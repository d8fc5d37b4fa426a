package com.aeghash.withdrawal.internal.payout;

import com.aeghash.mining.MiningWithdrawalCompleted;
import com.aeghash.mining.MiningWithdrawalFailed;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import com.aeghash.withdrawal.PayoutSettlements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the withdrawal workflow when HashDam finished a coin payout: the mining module announces completion and
 * failure itself (its reconciler follows HashDam), so a {@code submitted} withdrawal completes without waiting for
 * the payout reconciler. Delivered after the mining transaction commits, through the event publication registry
 * (redelivered after a failure or a crash); recording is idempotent, so a repeat changes nothing. Not tied to
 * the HashDam gateway's switch: payouts already in flight when it is turned off still settle.
 */
@Component
class MiningWithdrawalSettlements {

    private static final Logger log = LoggerFactory.getLogger(MiningWithdrawalSettlements.class);
    private final PayoutSettlements settlements;

    MiningWithdrawalSettlements(PayoutSettlements settlements) {
        this.settlements = settlements;
    }

    @ApplicationModuleListener
    void on(MiningWithdrawalCompleted event) {
        forward(event.payoutReference(), PayoutOutcome.completed(event.withdrawId()));
    }

    @ApplicationModuleListener
    void on(MiningWithdrawalFailed event) {
        forward(
                event.payoutReference(),
                PayoutOutcome.failedDefinite("mining withdrawal failed: " + event.reason())
                        .decidedBy(event.decision()));
    }

    private void forward(String payoutReference, PayoutOutcome outcome) {
        if (PayoutReferences.withdrawalIdOf(payoutReference).isEmpty()) {
            // A mining withdrawal an operator triggered directly: not a withdrawal of this workflow.
            log.debug("mining withdrawal {} is not a payout of the withdrawal workflow", payoutReference);
            return;
        }
        settlements.onPayoutSettled(payoutReference, outcome);
    }
}
