package com.aeghash.withdrawal.internal;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import com.aeghash.withdrawal.PayoutSettlements;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Receives payout results that arrive on their own and records them like any other payout outcome. */
@Component
class PayoutSettlementsService implements PayoutSettlements {

    private final WithdrawalRepository withdrawals;
    private final PayoutOutcomeRecorder recorder;
    private final Notifier notifier;

    PayoutSettlementsService(WithdrawalRepository withdrawals, PayoutOutcomeRecorder recorder, Notifier notifier) {
        this.withdrawals = withdrawals;
        this.recorder = recorder;
        this.notifier = notifier;
    }

    @Override
    public boolean onPayoutSettled(String payoutReference, PayoutOutcome outcome) {
        long id = PayoutReferences.withdrawalIdOf(payoutReference)
                .orElseThrow(() -> new IllegalArgumentException("not a payout reference: " + payoutReference));
        if (withdrawals.find(id).isEmpty()) {
            // Returning (not throwing) keeps an event listener from being redelivered forever.
            notifier.alert(Alert.critical(
                    PayoutOutcomeRecorder.ALERT_SOURCE,
                    "Payout result for an unknown withdrawal",
                    "a vendor reported " + outcome.kind() + " for " + payoutReference + ", which does not exist",
                    Map.of("payoutReference", payoutReference)));
            return false;
        }
        return recorder.record(id, outcome, PayoutOutcomeRecorder.Source.VENDOR_EVENT)
                .changed();
    }
}
