package com.aeghash.webhook.internal;

import com.aeghash.bonus.BonusesClosed;
import com.aeghash.mining.MiningIncomeCredited;
import com.aeghash.rank.MemberRankChanged;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.WalletTransitSettled;
import com.aeghash.withdrawal.WithdrawalStateChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' events into deliveries. Each event reaches this listener through the event publication
 * registry once its transaction committed, and its deliveries are recorded in the listener's own transaction: an
 * event of a rolled-back change records nothing, and one whose recording failed is handed over again later.
 */
@Component
class WebhookEventListener {

    private final DeliveryRecorder recorder;

    WebhookEventListener(DeliveryRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(WithdrawalStateChanged event) {
        recorder.record(WebhookMessages.of(event));
    }

    @ApplicationModuleListener
    void on(BonusesClosed event) {
        recorder.record(WebhookMessages.of(event));
    }

    @ApplicationModuleListener
    void on(MiningIncomeCredited event) {
        recorder.record(WebhookMessages.of(event));
    }

    @ApplicationModuleListener
    void on(WalletTransferSettled event) {
        recorder.record(WebhookMessages.of(event));
    }

    @ApplicationModuleListener
    void on(WalletTransitSettled event) {
        recorder.record(WebhookMessages.of(event));
    }

    @ApplicationModuleListener
    void on(MemberRankChanged event) {
        recorder.record(WebhookMessages.of(event));
    }
}
