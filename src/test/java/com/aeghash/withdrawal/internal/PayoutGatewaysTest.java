package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutSettlements;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Which gateway pays which asset, and how the sandbox's simulated gateway behaves. */
class PayoutGatewaysTest {

    private final Map<String, PayoutOutcome> settled = new ConcurrentHashMap<>();

    @Test
    void realGatewaysWinAndTheSimulatedOneCoversOnlyTheRest() {
        PayoutGateway points = new OnlyAsset(Asset.POINT);
        SimulatedPayoutGateway simulated = simulated(SimulatedPayoutBehaviour.COMPLETE);

        PayoutGateways gateways = new PayoutGateways(List.of(simulated, points));

        assertThat(gateways.forAsset(Asset.POINT)).containsSame(points);
        assertThat(gateways.forAsset(Asset.DOGE)).containsSame(simulated);
        assertThat(gateways.canPayOut(Asset.HASHPOWER)).isFalse();
        assertThat(new PayoutGateways(List.of(points)).canPayOut(Asset.DOGE)).isFalse();
    }

    @Test
    void twoRealGatewaysForOneAssetStopTheBoot() {
        assertThatThrownBy(() -> new PayoutGateways(List.of(new OnlyAsset(Asset.LTC), new OnlyAsset(Asset.LTC))))
                .hasMessageContaining("several payout gateways handle LTC");
    }

    @Test
    void simulatedSubmissionSettlesByItselfAfterTheConfiguredDelay() {
        SimulatedPayoutGateway gateway = simulated(SimulatedPayoutBehaviour.SUBMIT);

        PayoutOutcome answer = gateway.execute(command(5));

        assertThat(answer).isEqualTo(PayoutOutcome.submitted("sim-5"));
        await().atMost(Duration.ofSeconds(5)).until(() -> settled.containsKey("withdrawal:5"));
        assertThat(settled.get("withdrawal:5")).isEqualTo(PayoutOutcome.completed("sim-5"));
        assertThat(gateway.reconcile("withdrawal:5")).isEqualTo(PayoutOutcome.completed("sim-5"));
    }

    @Test
    void scriptedFaultsApplyToTheNextPayoutsOnlyAndRepeatsAreAnsweredFromTheRecord() {
        SimulatedPayoutGateway gateway = simulated(SimulatedPayoutBehaviour.COMPLETE);
        gateway.script(SimulatedPayoutBehaviour.FAIL, 1);
        gateway.script(SimulatedPayoutBehaviour.LOSE_RESPONSE, 1);

        PayoutOutcome failed = gateway.execute(command(1));
        PayoutOutcome lost = gateway.execute(command(2));
        PayoutOutcome normal = gateway.execute(command(3));

        assertThat(failed.kind()).isEqualTo(PayoutOutcome.Kind.FAILED_DEFINITE);
        assertThat(lost.kind()).isEqualTo(PayoutOutcome.Kind.UNKNOWN);
        assertThat(gateway.reconcile("withdrawal:2").kind()).isEqualTo(PayoutOutcome.Kind.COMPLETED);
        assertThat(normal.kind()).isEqualTo(PayoutOutcome.Kind.COMPLETED);
        assertThat(gateway.execute(command(1))).isEqualTo(failed);
        assertThat(gateway.reconcile("withdrawal:404").kind()).isEqualTo(PayoutOutcome.Kind.UNKNOWN);
        assertThat(gateway.handles(Asset.HASHPOWER)).isFalse();
        assertThat(gateway.scripted()).isEmpty();
    }

    @Test
    void withdrawalSettingsRefuseAStaleThresholdWithinTheCallTimeout() {
        assertThatThrownBy(() -> new WithdrawalProperties(true, false,
                new WithdrawalProperties.Execution(Duration.ofSeconds(60)), new WithdrawalProperties.Batch(50),
                new WithdrawalProperties.Reconciliation(List.of(Duration.ofMinutes(5)), Duration.ofSeconds(60), 100),
                new WithdrawalProperties.SimulatedPayouts(SimulatedPayoutBehaviour.COMPLETE, Duration.ofSeconds(1))))
                .hasMessageContaining("stale-executing-after");
        assertThatThrownBy(() -> new WithdrawalProperties.Reconciliation(List.of(), Duration.ofMinutes(10), 100))
                .hasMessageContaining("schedule");
        assertThatThrownBy(() -> new WithdrawalProperties.Batch(0)).hasMessageContaining("batch.size");
    }

    private SimulatedPayoutGateway simulated(SimulatedPayoutBehaviour behaviour) {
        PayoutSettlements recording = (reference, outcome) -> settled.put(reference, outcome) == null;
        WithdrawalProperties properties = new WithdrawalProperties(true, false,
                new WithdrawalProperties.Execution(Duration.ofSeconds(2)), new WithdrawalProperties.Batch(50),
                new WithdrawalProperties.Reconciliation(List.of(Duration.ofMinutes(5)), Duration.ofMinutes(1), 100),
                new WithdrawalProperties.SimulatedPayouts(behaviour, Duration.ofMillis(50)));
        return new SimulatedPayoutGateway(properties,
                new StaticListableBeanFactory(Map.of("settlements", recording)).getBeanProvider(PayoutSettlements.class));
    }

    private static PayoutCommand command(long id) {
        return new PayoutCommand("withdrawal:" + id, id, "m-1", Asset.DOGE, BigDecimal.TEN, null);
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
        public PayoutOutcome reconcile(String payoutReference) {
            return PayoutOutcome.unknown("not asked in this test");
        }
    }
}
