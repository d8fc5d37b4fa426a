package com.aeghash.sandbox.internal.mblock;

import com.aeghash.sandbox.internal.Fault;
import com.aeghash.sandbox.internal.FaultInjector;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs accepted transits in the background, as MBlock does: sends gas from the fee wallet when the user
 * wallet cannot pay it ({@code txidFee}), moves the token ({@code txidToken}), then posts the result to the
 * callback URL (query string kept). Fault plan {@code mblock/transitCallback}: any fault loses the callback
 * (the transit still ran), so a missing callback can be demonstrated.
 */
public class TransitRunner implements DisposableBean {

    static final String CALLBACK_FAULT_METHOD = "transitCallback";
    private static final Logger log = LoggerFactory.getLogger(TransitRunner.class);
    private static final int DELIVERIES_KEPT_MAX = 1000;

    private final SimulatedChain chain;
    private final FaultInjector faults;
    private final RestClient http;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mblock-simulator-transit");
        thread.setDaemon(true);
        return thread;
    });
    private final List<CallbackDelivery> deliveries = new CopyOnWriteArrayList<>();

    TransitRunner(SimulatedChain chain, FaultInjector faults, MBlockSimulatorProperties properties) {
        this.chain = chain;
        this.faults = faults;
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.callbackTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        requestFactory.setReadTimeout(properties.callbackTimeout());
        this.http = RestClient.builder().requestFactory(requestFactory).build();
    }

    void schedule(TransitOrder order) {
        executor.schedule(() -> run(order), order.delayMillis(), TimeUnit.MILLISECONDS);
    }

    /** Callbacks sent (or lost) so far, oldest first; for tests and demonstrations. */
    public List<CallbackDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void run(TransitOrder order) {
        ObjectNode result = execute(order);
        Fault fault = faults.decide(MBlockSimulator.VENDOR, CALLBACK_FAULT_METHOD);
        FaultInjector.sleep(fault.latency());
        if (fault.kind() != Fault.Kind.NONE) {
            remember(new CallbackDelivery(
                    order.token(), result.path("result").booleanValue(), 0, "lost by fault " + fault.kind()));
            log.info("simulated MBlock: transit {} ran, its callback was lost by an injected fault", order.token());
            return;
        }
        deliver(order, result);
    }

    /** Runs the transit on the chain and returns its callback body (package-visible for the simulation's runner). */
    ObjectNode execute(TransitOrder order) {
        ObjectNode callback = JsonNodeFactory.instance.objectNode().put("token", order.token());
        try {
            if (!chain.canPayGas(order.userAddress())) {
                SimulatedReceipt fee =
                        chain.transfer(order.feeWalletAddress(), order.userAddress(), null, order.fee(), "transit-fee");
                callback.put("txidFee", fee.txid());
            }
            BigDecimal amount =
                    order.amount() != null ? order.amount() : chain.balanceOf(order.userAddress(), order.contract());
            SimulatedReceipt token =
                    chain.transfer(order.userAddress(), order.to(), order.contract(), amount, "transit-token");
            return callback.put("result", true).put("txidToken", token.txid()).put("message", "success");
        } catch (SimulatedRejection rejection) {
            return callback.put("result", false).put("message", rejection.getMessage());
        }
    }

    private void deliver(TransitOrder order, ObjectNode result) {
        boolean succeeded = result.path("result").booleanValue();
        try {
            int status = http.post()
                    .uri(URI.create(order.callback()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(result.toString())
                    .exchange((request, response) -> response.getStatusCode().value(), true);
            remember(new CallbackDelivery(order.token(), succeeded, status, "delivered"));
            log.info(
                    "simulated MBlock: transit {} reported to {} (HTTP {})",
                    order.token(),
                    withoutQuery(order),
                    status);
        } catch (RuntimeException unreachable) {
            // Only the failure's type: some messages quote the URL, whose query carries the receiver's token.
            String failure = unreachable.getClass().getSimpleName();
            remember(new CallbackDelivery(order.token(), succeeded, 0, "not delivered: " + failure));
            log.warn(
                    "simulated MBlock: callback of transit {} to {} failed: {}",
                    order.token(),
                    withoutQuery(order),
                    failure);
        }
    }

    /** The callback's query string carries the receiver's token: never logged. */
    private static String withoutQuery(TransitOrder order) {
        URI uri = URI.create(order.callback());
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }

    private void remember(CallbackDelivery delivery) {
        if (deliveries.size() >= DELIVERIES_KEPT_MAX) {
            deliveries.remove(0);
        }
        deliveries.add(delivery);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
