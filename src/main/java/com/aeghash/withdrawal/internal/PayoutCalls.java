package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Calls gateways with a deadline ({@code aeghash.withdrawal.execution.call-timeout}) and turns everything
 * that is not an answer (timeout, exception, null) into {@code UNKNOWN}: it cannot be proven that nothing
 * was sent. Refuses to run inside a database transaction: no row lock is ever held across a vendor call.
 */
@Component
class PayoutCalls implements DisposableBean {

    static final int CALLS_IN_FLIGHT_MAX = 64;
    private static final Logger log = LoggerFactory.getLogger(PayoutCalls.class);
    private final Duration callTimeout;
    private final ThreadPoolExecutor threads;

    PayoutCalls(WithdrawalProperties properties) {
        this.callTimeout = properties.execution().callTimeout();
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(
                0, CALLS_IN_FLIGHT_MAX, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "payout-call-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    PayoutOutcome execute(PayoutGateway gateway, PayoutCommand command) {
        return bounded(
                () -> Thread.currentThread().isInterrupted()
                        // abandoned (cancelled) before the gateway was called: nothing was sent
                        ? PayoutOutcome.unknown("abandoned before the payout gateway was called")
                        : gateway.execute(command),
                "execute " + command.payoutReference(),
                true);
    }

    PayoutOutcome reconcile(PayoutGateway gateway, PayoutCommand command) {
        return bounded(() -> gateway.reconcile(command), "reconcile " + command.payoutReference(), false);
    }

    private PayoutOutcome bounded(Callable<PayoutOutcome> call, String what, boolean sends) {
        UnitOfWork.requireNoTransaction("the gateway call '" + what + "'");
        Future<PayoutOutcome> future;
        try {
            future = threads.submit(call);
        } catch (RejectedExecutionException saturated) {
            // The gateway was never invoked, so nothing can have been sent.
            log.error("{}: {} payout calls already in flight, not called", what, CALLS_IN_FLIGHT_MAX);
            return sends
                    ? PayoutOutcome.failedDefinite("not sent: too many payout calls in flight")
                    : PayoutOutcome.unknown("not asked: too many payout calls in flight");
        }
        try {
            PayoutOutcome outcome = future.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return outcome != null ? outcome : PayoutOutcome.unknown("the gateway gave no answer");
        } catch (TimeoutException late) {
            future.cancel(true);
            log.warn("{}: no answer within {}, outcome unknown", what, callTimeout);
            return PayoutOutcome.unknown("no answer within " + callTimeout.toSeconds() + "s");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            log.warn("{} failed: {}: {}", what, cause.getClass().getName(), cause.getMessage());
            return PayoutOutcome.unknown("gateway error " + cause.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return PayoutOutcome.unknown("interrupted while waiting for the gateway");
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
