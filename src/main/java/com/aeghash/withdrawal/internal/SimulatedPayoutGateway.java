package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutSettlements;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SANDBOX ONLY: a payout gateway that moves no money, so the withdrawal workflow runs end to end before the
 * real MBlock and HashDam adapters exist. {@link PayoutGateways} uses it only for assets no real gateway
 * handles, and says so at start-up; every payout logs a warning. It answers as configured
 * ({@code aeghash.withdrawal.simulated-payouts.behaviour}) or as scripted by an admin
 * ({@code PUT /sandbox/payouts/behaviour}), remembers each payout (in memory) for {@link #reconcile}, and, like
 * a vendor that deduplicates, answers a repeated reference with what it already knows.
 */
@Component
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class SimulatedPayoutGateway implements PayoutGateway, DisposableBean {

    static final int SCRIPT_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(SimulatedPayoutGateway.class);
    private final Map<String, PayoutOutcome> vendorRecords = new ConcurrentHashMap<>();
    private final Queue<SimulatedPayoutBehaviour> script = new ConcurrentLinkedQueue<>();
    private final SimulatedPayoutBehaviour defaultBehaviour;
    private final Duration settleAfter;
    private final ObjectProvider<PayoutSettlements> settlements;
    private final ScheduledExecutorService settler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-payout-settler");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedPayoutGateway(WithdrawalProperties properties, ObjectProvider<PayoutSettlements> settlements) {
        this.defaultBehaviour = properties.simulatedPayouts().behaviour();
        this.settleAfter = properties.simulatedPayouts().settleAfter();
        this.settlements = settlements;
    }

    @Override
    public boolean handles(Asset asset) {
        return asset != Asset.HASHPOWER;
    }

    @Override
    public PayoutOutcome execute(PayoutCommand command) {
        String reference = command.payoutReference();
        PayoutOutcome known = vendorRecords.get(reference);
        if (known != null) {
            return known;
        }
        SimulatedPayoutBehaviour behaviour = next();
        log.warn("SIMULATED payout {} of {} {} for member {} ({}): no money leaves the platform", reference,
                command.amount().toPlainString(), command.asset(), command.memberId(), behaviour);
        String vendorId = "sim-" + reference.substring(reference.indexOf(':') + 1);
        return switch (behaviour) {
            case COMPLETE -> remember(reference, PayoutOutcome.completed(vendorId));
            case SUBMIT -> {
                remember(reference, PayoutOutcome.submitted(vendorId));
                settler.schedule(() -> settle(reference, vendorId), settleAfter.toMillis(), TimeUnit.MILLISECONDS);
                yield PayoutOutcome.submitted(vendorId);
            }
            case FAIL -> remember(reference, PayoutOutcome.failedDefinite("simulated vendor refused the payout"));
            case LOSE_RESPONSE -> {
                remember(reference, PayoutOutcome.completed(vendorId));
                yield PayoutOutcome.unknown("simulated lost response: the payout was executed");
            }
        };
    }

    @Override
    public PayoutOutcome reconcile(String payoutReference) {
        return vendorRecords.getOrDefault(payoutReference,
                PayoutOutcome.unknown("the simulator has no record of " + payoutReference));
    }

    /** Makes the next {@code times} payouts behave so (an admin's fault injection). */
    void script(SimulatedPayoutBehaviour behaviour, int times) {
        if (times < 1 || script.size() + times > SCRIPT_MAX) {
            throw com.aeghash.common.ApiException.validation("times", "at most " + SCRIPT_MAX + " payouts may be scripted");
        }
        for (int index = 0; index < times; index++) {
            script.add(behaviour);
        }
    }

    void clearScript() {
        script.clear();
    }

    List<SimulatedPayoutBehaviour> scripted() {
        return List.copyOf(script);
    }

    private SimulatedPayoutBehaviour next() {
        SimulatedPayoutBehaviour scripted = script.poll();
        return scripted == null ? defaultBehaviour : scripted;
    }

    private PayoutOutcome remember(String reference, PayoutOutcome outcome) {
        vendorRecords.put(reference, outcome);
        return outcome;
    }

    private void settle(String reference, String vendorId) {
        PayoutOutcome completed = PayoutOutcome.completed(vendorId);
        vendorRecords.put(reference, completed);
        try {
            settlements.getObject().onPayoutSettled(reference, completed);
        } catch (RuntimeException failure) {
            // The reconciler will learn the completion from reconcile() on its next pass.
            log.warn("simulated settlement of {} not recorded: {}", reference, failure.toString());
        }
    }

    @Override
    public void destroy() {
        settler.shutdownNow();
    }
}
