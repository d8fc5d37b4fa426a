package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gateway pays which asset, and the checks of the withdrawal settings. */
class PayoutGatewaysTest {

    @Test
    void eachAssetIsPaidByTheGatewayHandlingItAndTheRestIsRefused() {
        PayoutGateway points = new OnlyAsset(Asset.POINT);
        PayoutGateway litecoin = new OnlyAsset(Asset.LTC);

        PayoutGateways gateways = new PayoutGateways(List.of(points, litecoin));

        assertThat(gateways.forAsset(Asset.POINT)).containsSame(points);
        assertThat(gateways.forAsset(Asset.LTC)).containsSame(litecoin);
        assertThat(gateways.canPayOut(Asset.DOGE)).isFalse();
        assertThat(gateways.canPayOut(Asset.HASHPOWER)).isFalse();
        assertThat(new PayoutGateways(List.of()).canPayOut(Asset.POINT)).isFalse();
    }

    @Test
    void twoGatewaysForOneAssetStopTheBoot() {
        assertThatThrownBy(() -> new PayoutGateways(List.of(new OnlyAsset(Asset.LTC), new OnlyAsset(Asset.LTC))))
                .hasMessageContaining("several payout gateways handle LTC");
    }

    @Test
    void withdrawalSettingsRefuseAStaleThresholdWithinTheCallTimeout() {
        assertThatThrownBy(() -> new WithdrawalProperties(
                        true,
                        false,
                        new WithdrawalProperties.Execution(Duration.ofSeconds(60)),
                        new WithdrawalProperties.Batch(50),
                        new WithdrawalProperties.Reconciliation(
                                List.of(Duration.ofMinutes(5)), Duration.ofSeconds(60), 100),
                        true,
                        false))
                .hasMessageContaining("stale-executing-after");
        assertThatThrownBy(() -> new WithdrawalProperties.Reconciliation(List.of(), Duration.ofMinutes(10), 100))
                .hasMessageContaining("schedule");
        assertThatThrownBy(() -> new WithdrawalProperties.Batch(0)).hasMessageContaining("batch.size");
    }

    private record OnlyAsset(Asset asset) implements PayoutGateway {

        @Override
        public boolean handles(Asset candidate) {
            return candidate == asset;
        }

        @Override
        public PayoutOutcome execute(PayoutCommand command) {
            return PayoutOutcome.completed(null);
        }

        @Override
        public PayoutOutcome reconcile(PayoutCommand command) {
            return PayoutOutcome.unknown("not asked in this test");
        }
    }
}
